/**
 * One handler from a consumer's and a part's own: the consumer's runs first, and calling
 * `event.preventDefault()` in it stops the part's (Radix's rule), so an app can veto what a part does.
 */
export function composeEventHandlers<Event extends { defaultPrevented: boolean }>(
  consumer: ((event: Event) => void) | undefined,
  own: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    consumer?.(event)
    if (!event.defaultPrevented) own(event)
  }
}
