import { formatMessageDate, type IsoDate } from '../shared/iso-date.ts'

/** One entry of Adapty's `errors` array. */
export interface AdaptyErrorEntry {
  source: string | null
  errors: string[]
}

/** Adapty's error envelope. */
export interface AdaptyErrorBody {
  errors: AdaptyErrorEntry[]
  error_code: string
  status_code: number
}

/** An error the provider API answers with, before anything is written. */
export class AdaptyError extends Error {
  readonly body: AdaptyErrorBody

  constructor(errorCode: string, entries: AdaptyErrorEntry[], status = 400) {
    super(entries.flatMap((entry) => entry.errors).join(' '))
    this.name = 'AdaptyError'
    this.body = { errors: entries, error_code: errorCode, status_code: status }
  }

  /** The HTTP status. */
  get status(): number {
    return this.body.status_code
  }
}

const one = (errorCode: string, source: string | null, message: string, status = 400) =>
  new AdaptyError(errorCode, [{ source, errors: [message] }], status)

/** The documented 400s (seed-400) and the other errors of the provider API, with their exact wording. */
export const adaptyErrors = {
  billingIssueDate: () =>
    one(
      'billing_issue_detected_at_date_comparison_error',
      'billing_issue_detected_at',
      'billing_issue_detected_at must be later than purchased_at.',
    ),
  expiresDate: () => one('expires_date_error', 'expires_at', 'expires_at must be later than purchased_at.'),
  familySharePrice: () =>
    one(
      'family_share_price_error',
      'is_family_shared',
      'If is_family_shared is true, price.value must be 0.',
    ),
  freeTrialPrice: () =>
    one('free_trial_price_error', 'offer_type', "If offer_type is 'free_trial', price.value must be 0."),
  gracePeriodExpiresDate: () =>
    one(
      'grace_period_expires_date_error',
      'grace_period_expires_at',
      'grace_period_expires_at must be later or equal to expires_at.',
    ),
  gracePeriodBilling: () =>
    one(
      'grace_period_billing_error',
      'grace_period_billing_error',
      'If grace_period_expires_at is specified, billing_issue_detected_at must also be specified.',
    ),
  missingOfferId: () =>
    one(
      'missing_offer_id',
      'offer_category',
      "offer_id must be specified for all offer types except 'introductory'.",
    ),
  oneTimePurchaseTrial: () =>
    one('one_time_purchase_trial_error', 'offer.type', 'One-time purchase cannot have a trial.'),
  originallyPurchasedDate: () =>
    one(
      'originally_purchased_date_error',
      'originally_purchased_at',
      'originally_purchased_at must be earlier than or equal to purchased_at.',
    ),
  paidAccessLevelDoesNotExist: (accessLevelId: string) =>
    one(
      'paid_access_level_does_not_exist',
      'non_field_errors',
      `Paid access level \`${accessLevelId}\` does not exist`,
    ),
  profileDoesNotExist: (status = 400) =>
    one('profile_does_not_exist', 'non_field_errors', 'Profile not found', status),
  profilePaidAccessLevelDoesNotExist: (profileId: string, accessLevelId: string) =>
    one(
      'profile_paid_access_level_does_not_exist',
      'non_field_errors',
      `Profile \`${profileId}\` has no \`${accessLevelId}\` access level`,
    ),
  refundDate: () => one('refund_date_error', 'refunded_at', 'refunded_at must be later than purchased_at.'),
  refundFields: () =>
    one(
      'refund_fields_error',
      'refunded_at',
      'refunded_at and cancellation_reason=refund must be specified together.',
    ),
  renewStatusChangedDate: () =>
    one(
      'renew_status_changed_date_error',
      'renew_status_changed_at',
      'renew_status_changed_at must be later than purchased_at.',
    ),
  revocationAfterExpiration: (revokeAt: IsoDate, expiresAt: IsoDate) =>
    one(
      'revocation_date_more_than_expiration_date',
      'revoke_at',
      `Revocation date (${formatMessageDate(revokeAt)}) is more than current expiration date (${formatMessageDate(expiresAt)})`,
    ),
  storeTransactionId: () =>
    one(
      'store_transaction_id_error',
      'store_transaction_id',
      'store_transaction_id must be equal to store_original_transaction_id for purchase.',
    ),
  revokeInPast: () => one('value_error', null, 'Must be greater than the current time or null'),
  parse: (detail: string) => one('parse_error', null, `JSON parse error - ${detail}`),
  notAuthenticated: () =>
    one('not_authenticated', 'non_field_errors', 'Authentication credentials were not provided.', 401),
  authenticationFailed: () =>
    one('authentication_failed', 'non_field_errors', 'Incorrect authentication credentials.', 401),
  missingProfileHeader: () =>
    one(
      'parse_error',
      'adapty-customer-user-id',
      'Either the adapty-customer-user-id or the adapty-profile-id header is required.',
    ),
  profileAlreadyExists: (customerUserId: string) =>
    one(
      'profile_already_exists',
      'adapty-customer-user-id',
      `Profile with customer_user_id \`${customerUserId}\` already exists`,
    ),
  notFound: (path: string) => one('not_found', null, `No route for ${path}`, 404),
  methodNotAllowed: (method: string) =>
    one('method_not_allowed', null, `Method "${method}" not allowed.`, 405),
}
