import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const stylesheet = readFileSync(join(import.meta.dirname, '../styles.css'), 'utf8')

/**
 * Physical declarations that do not mirror under `dir="rtl"`. Symmetric shorthands (`margin: 0 0 1rem`,
 * `padding: 1rem 2rem`) mirror by themselves and are allowed; `translateX`/`translate(x, …)` moves
 * the same way in both directions, so an element placed with it ends up off-centre in RTL.
 */
const physical = [
  /(?<![\w-])(left|right)\s*:/,
  /\b(margin|padding|inset|border)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bclear\s*:\s*(left|right)\b/,
  /\btranslateX\s*\(/,
  /\btranslate\s*\(\s*-?[\d.]+%?\s*,/,
]

describe('given the stylesheet', () => {
  it('should lay out with logical properties only, so every component mirrors right to left', () => {
    const declarations = stylesheet
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/[;{}]/)
      .map((declaration) => declaration.trim())
    const offending = declarations.filter((declaration) =>
      physical.some((pattern) => pattern.test(declaration)),
    )

    expect(declarations.length).toBeGreaterThan(200)
    expect(offending).toEqual([])
  })
})
