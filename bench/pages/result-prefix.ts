/** Starts the one console line with which a benchmark page hands its measurement to the bench script. */
export const resultPrefix = '[paywall-kit bench result] '
