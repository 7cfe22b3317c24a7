import axe from 'axe-core'
import { expect } from 'vitest'

/** Runs axe on `node` (default: the whole document) and fails with the violations' ids and targets. */
export async function expectNoAxeViolations(node: Element = document.body) {
  const results = await axe.run(node, { resultTypes: ['violations'] })
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    targets: violation.nodes.map((result) => result.target.join(' ')),
  }))
  expect(violations).toEqual([])
}
