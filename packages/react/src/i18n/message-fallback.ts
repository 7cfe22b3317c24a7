const warned = new Set<string>()

function warnBrokenMessage(name: string, problem: string): void {
  if (process.env.NODE_ENV !== 'production') {
    if (warned.has(name)) return
    warned.add(name)
    console.warn(
      `[paywall-kit] The \`messages\` override \`${name}\` ${problem}; the default text is shown instead. ` +
        'Make it a function that returns a string for every input.',
    )
  }
}

/**
 * The override of a message function, made safe to call while rendering: when it throws, returns
 * something other than a string, or is not a function at all, the default (`fallback`) text is used and a
 * development warning names the message, so a broken translation never takes the app to its error
 * boundary. Overrides of plain strings are returned as they are.
 * @param name where the message lives, e.g. `'meter.value'`, for the warning.
 */
export function withFallback<T>(name: string, override: T, fallback: T): T {
  if (typeof fallback !== 'function') return override
  if (typeof override !== 'function') {
    warnBrokenMessage(name, `is a ${typeof override}, not a function`)
    return fallback
  }
  return ((...args: unknown[]) => {
    try {
      const text: unknown = override(...args)
      if (typeof text === 'string') return text
      warnBrokenMessage(name, `returned ${text === null ? 'null' : typeof text}`)
    } catch (error) {
      warnBrokenMessage(
        name,
        `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      )
    }
    return fallback(...args)
  }) as T
}
