/**
 * When the demo's clock starts in every e2e test, in the browser and on the HTTP mock server: noon, local
 * time, on a day a week or more away from any month end or daylight saving change (the tests move the
 * clock up to 8 days). On the real clock, a test that crossed midnight between setting up a scenario and
 * reading the banner would see "in 2 days" instead of "in 3 days", and one run near a daylight saving
 * change would count a day more or less. Chromium gets its time zone from the same environment as Node.
 */
export const demoStart = new Date(2027, 5, 14, 12, 0, 0).getTime()
