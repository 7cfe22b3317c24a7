/** The feature a query or mutation names in `meta.paywallFeature`, when it is a non-empty string. */
export function featureFromMeta(meta: unknown): string | undefined {
  const feature = (meta as { paywallFeature?: unknown } | null | undefined)?.paywallFeature
  return typeof feature === 'string' && feature !== '' ? feature : undefined
}
