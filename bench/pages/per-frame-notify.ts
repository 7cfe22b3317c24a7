import { notifyManager } from '@tanstack/react-query'

/**
 * TanStack Query's per-frame notify scheduler, as bench/README.md documents it for apps that see many
 * 402s at once: every notification to components queued in one animation frame runs in one task, so
 * React renders them in one commit. (`notifyManager.setScheduler(requestAnimationFrame)` alone gives
 * each batch its own frame callback, and React commits after each.) A hidden tab gets no frames, so
 * it falls back to the next task there.
 */
export function notifyOncePerFrame(): void {
  let queued: (() => void)[] = []
  const flush = () => {
    const callbacks = queued
    queued = []
    for (const callback of callbacks) callback()
  }
  notifyManager.setScheduler((callback) => {
    queued.push(callback)
    if (queued.length > 1) return
    if (document.hidden) setTimeout(flush, 0)
    else requestAnimationFrame(flush)
  })
}
