// autocannon ships no types and @types/autocannon is not needed for the few fields the bench reads.
declare module 'autocannon' {
  interface Options {
    url: string
    connections?: number
    /** Seconds. */
    duration?: number
    maxOverallRequests?: number
    method?: string
    headers?: Record<string, string>
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
    total: number
    totalCount: number
  }
  interface Result {
    /** Seconds. */
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
    latency: Histogram
    requests: Histogram
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
