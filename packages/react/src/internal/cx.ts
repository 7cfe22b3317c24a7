/** The class names that are set, joined with spaces: `cx('pwk-button', className)`. */
export function cx(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
