import { Collapsible } from 'radix-ui'
import { useEffect, useRef, useState } from 'react'
import { PaywallDevtoolsPanel, type PaywallDevtoolsPanelProps } from './paywall-devtools-panel'
import { devtoolsCss } from './styles'

/** Props of `PaywallDevtools`. */
export interface PaywallDevtoolsProps extends Pick<PaywallDevtoolsPanelProps, 'styleNonce' | 'defaultTab'> {
  /** Whether the panel starts open. @default false */
  initialIsOpen?: boolean
  /** Corner of the page the toggle sits in. @default 'bottom-left' */
  position?: 'bottom-left' | 'bottom-right'
}

/**
 * A "Paywall devtools" toggle fixed in a corner of the page, opening `PaywallDevtoolsPanel` above it.
 * Escape inside the panel closes it and gives focus back to the toggle. Render it inside the
 * `PaywallProvider`. The default entry renders nothing in production builds.
 */
export function PaywallDevtools({
  initialIsOpen = false,
  position = 'bottom-left',
  styleNonce,
  defaultTab,
}: PaywallDevtoolsProps) {
  const [open, setOpen] = useState(initialIsOpen)
  const toggle = useRef<HTMLButtonElement>(null)
  const dock = useRef<HTMLDivElement>(null)
  // Escape from any control inside closes the panel, unless something inside handled it first.
  useEffect(() => {
    const element = dock.current
    if (!element || !open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.stopPropagation()
      setOpen(false)
      toggle.current?.focus()
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [open])
  return (
    <Collapsible.Root open={open} onOpenChange={setOpen} asChild>
      <div className="pwk-devtools-dock" data-position={position} ref={dock}>
        {/* The toggle is styled before the panel (and its stylesheet) is ever opened. */}
        {!open && <style nonce={styleNonce}>{devtoolsCss}</style>}
        <Collapsible.Content>
          <PaywallDevtoolsPanel styleNonce={styleNonce} defaultTab={defaultTab} />
        </Collapsible.Content>
        <Collapsible.Trigger ref={toggle} className="pwk-devtools-dock__toggle">
          Paywall devtools
        </Collapsible.Trigger>
      </div>
    </Collapsible.Root>
  )
}
