/**
 * The origins other than the demo's own that the billing API's 402s link to (its error docs). The kit
 * drops links to any origin not listed, so the paywall's "Learn more" needs this one.
 */
export const linkOrigins = ['https://docs.acme-analytics.example']
