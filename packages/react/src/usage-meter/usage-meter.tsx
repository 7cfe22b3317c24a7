import { forwardRef, type MouseEventHandler } from 'react'
import {
  Action,
  Announcer,
  Indicator,
  Label,
  Resets,
  Root,
  type RootProps,
  Track,
  ValueText,
} from './usage-meter-parts'

/** Props of `UsageMeter`: everything of `Meter.Root`, plus the upgrade action. */
export interface UsageMeterProps extends Omit<RootProps, 'asChild' | 'children'> {
  /**
   * Upgrade URL, shown as a link at the top levels (`critical`, `exceeded`). Passed through `safeHref`
   * with the provider's `allowedOrigins`: an unsafe URL never reaches the page.
   */
  actionHref?: string
  /** Called when the upgrade action is activated; without `actionHref` the action is a button. */
  onAction?: MouseEventHandler<HTMLElement>
}

/**
 * Usage against a plan's limit: label, amount, a `role="meter"` bar coloured by level (`data-state`
 * `ok | notice | warning | critical | exceeded`), the reset date, and an upgrade action near the limit.
 * Each threshold crossed upward while mounted is announced once (politely) and reported once to
 * `onThresholdCross` and the provider's `onEvent`. An unlimited allowance renders text, not a meter.
 *
 * @example <UsageMeter label="API calls" used={820} limit={1000} resetsAt="2026-12-01" actionHref="/billing" />
 */
export const UsageMeter = forwardRef<HTMLDivElement, UsageMeterProps>(function UsageMeter(
  { actionHref, onAction, ...props },
  ref,
) {
  return (
    <Root {...props} ref={ref}>
      <div className="pwk-meter__header">
        <Label />
        <ValueText />
      </div>
      <Track>
        <Indicator />
      </Track>
      <div className="pwk-meter__footer">
        <Resets />
        <Action href={actionHref} onClick={onAction} />
      </div>
      <Announcer />
    </Root>
  )
})
