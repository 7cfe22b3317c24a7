import { useSyncExternalStore } from 'react'
import type { Tone } from './format'

/** A short-lived notification. */
export interface Toast {
  id: number
  tone: Tone
  title: string
  text?: string
}

let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => {
  for (const listener of listeners) listener()
}

/** Shows a toast for a few seconds (longer for errors, which people need time to read). */
export function toast(input: Omit<Toast, 'id'>): void {
  const id = nextId++
  toasts = [...toasts, { ...input, id }].slice(-4)
  emit()
  window.setTimeout(() => dismissToast(id), input.tone === 'danger' ? 10_000 : 5_000)
}

/** Removes a toast now. */
export function dismissToast(id: number): void {
  const next = toasts.filter((item) => item.id !== id)
  if (next.length === toasts.length) return
  toasts = next
  emit()
}

/** The toasts on screen, oldest first. */
export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => toasts,
    () => toasts,
  )
}
