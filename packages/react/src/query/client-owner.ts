/** One bridge that wants to watch a QueryClient. */
export interface ClientClaimant {
  /** Start watching the client (it is this claimant's now); returns the function that stops. */
  attach(): () => void
}

/** What `claimClient` returns. */
export interface ClientClaim {
  /** Whether another claimant already holds the client: this one waits in line. */
  deferred: boolean
  /** Give the claim up; when this claimant held the client, the next in line takes over. */
  release(): void
}

interface Claim {
  claimant: ClientClaimant
  detach: (() => void) | null
}

// Per QueryClient, its claimants in the order they claimed it; at most one is attached.
const lines = new WeakMap<object, Claim[]>()

function attachFirst(line: Claim[]) {
  const first = line[0]
  if (first && first.detach === null && !line.some((claim) => claim.detach !== null)) {
    first.detach = first.claimant.attach()
  }
}

/**
 * Which bridge watches a QueryClient: the first to claim it holds it (wraps its retries, reports
 * its 402s, rechecks on tab return); later ones defer and wait in line, and the next takes over when
 * the holder releases. So any number of providers on one client report each 402 once and never wrap
 * a retry twice.
 */
export function claimClient(client: object, claimant: ClientClaimant): ClientClaim {
  let line = lines.get(client)
  if (!line) {
    line = []
    lines.set(client, line)
  }
  const queue = line
  const claim: Claim = { claimant, detach: null }
  queue.push(claim)
  attachFirst(queue)
  return {
    deferred: claim.detach === null,
    release() {
      const index = queue.indexOf(claim)
      if (index === -1) return
      queue.splice(index, 1)
      if (claim.detach === null) return
      claim.detach()
      claim.detach = null
      // In a microtask: StrictMode releases and claims again within one commit, and the holder must
      // get its place back rather than hand the client to the next in line for that instant.
      queueMicrotask(() => attachFirst(queue))
    },
  }
}

/** Whether a bridge watches `client` right now. */
export function isClaimed(client: object): boolean {
  return lines.get(client)?.some((claim) => claim.detach !== null) ?? false
}
