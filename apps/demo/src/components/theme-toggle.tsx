import type { ReactNode } from 'react'
import { setTheme, type ThemePreference, useTheme } from '../theme'
import { MonitorIcon, MoonIcon, SunIcon } from './icons'

const options: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'System theme', icon: <MonitorIcon width={16} height={16} /> },
  { value: 'light', label: 'Light theme', icon: <SunIcon width={16} height={16} /> },
  { value: 'dark', label: 'Dark theme', icon: <MoonIcon width={16} height={16} /> },
]

/** Light, dark or follow the system. */
export function ThemeToggle() {
  const theme = useTheme()
  return (
    <fieldset className="segmented" aria-label="Colour theme">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          aria-pressed={theme === option.value}
          aria-label={option.label}
          title={option.label}
          onClick={() => setTheme(option.value)}
        >
          {option.icon}
        </button>
      ))}
    </fieldset>
  )
}
