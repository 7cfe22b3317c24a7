// `pnpm size`: fails when a bundle is over its gzip budget (bench/size.ts); CI runs it.
// `pnpm size --modules` also lists which source modules the bytes come from.
import {
  checkBudgets,
  checkDevtoolsBudget,
  checkLocaleBudgets,
  measureDevtoolsProduction,
  measureLocales,
  measureSizes,
  moduleBreakdown,
} from '../bench/size.ts'

try {
  const sizes = await measureSizes()
  const budgets = checkBudgets(sizes)
  console.log(budgets.lines.join('\n'))
  // Each locale is its own entry: what an app pays for the kit plus the one language it imports.
  const locales = checkLocaleBudgets(await measureLocales(sizes.react))
  console.log(`\n${locales.lines.join('\n')}`)
  // The devtools' default entry in a production build: no-ops only (issue 18).
  const devtools = checkDevtoolsBudget(await measureDevtoolsProduction())
  console.log(`\n${devtools.lines.join('\n')}`)
  const ok = budgets.ok && locales.ok && devtools.ok
  if (process.argv.includes('--modules')) {
    for (const which of /** @type {const} */ (['core', 'react'])) {
      console.log(`\n${which} entry, bytes per module before the final minify pass:`)
      for (const { module, bytes } of await moduleBreakdown(which)) {
        console.log(`${String(bytes).padStart(7)}  ${module}`)
      }
    }
  }
  if (!ok) {
    console.error('\nOver budget: see bench/README.md for how sizes are measured.')
    process.exitCode = 1
  }
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
