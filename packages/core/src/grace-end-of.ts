import { epochMs } from './epoch-ms'

/** Grace length assumed when only the billing issue's date is known: 7 days (Adapty's default). */
export const DEFAULT_GRACE_PERIOD_MS = 7 * 86_400_000

/** An Adapty-style access level (server-side API v2 profile), as the billing provider returns it. */
export interface GraceAccessLevel {
  /** When a renewal failed (ISO 8601). */
  billing_issue_detected_at?: string | null
  /** When access ends if payment is not fixed (ISO 8601). */
  grace_period_expires_at?: string | null
  /** When the paid period ends (ISO 8601). */
  expires_at?: string | null
  /** Whether the access level currently grants access. */
  is_active?: boolean | null
}

/**
 * When an access level's grace period ends, in epoch ms: `grace_period_expires_at`, else
 * `DEFAULT_GRACE_PERIOD_MS` (7 days) after `billing_issue_detected_at`. `NaN` when neither is a valid
 * date (no billing issue to warn about) or `level` is not an object.
 */
export function graceEndOf(level: GraceAccessLevel | null | undefined): number {
  if (!level || typeof level !== 'object') return Number.NaN
  const end = epochMs(level.grace_period_expires_at)
  return Number.isNaN(end) ? epochMs(level.billing_issue_detected_at) + DEFAULT_GRACE_PERIOD_MS : end
}
