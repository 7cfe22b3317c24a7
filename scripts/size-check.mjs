// `pnpm size`: fails when a bundle is over its gzip budget (bench/size.ts); CI runs it.
// `pnpm size --modules` also lists which source modules the bytes come from.
import { checkBudgets, measureSizes, moduleBreakdown } from '../bench/size.ts'

try {
  const sizes = await measureSizes()
  const { ok, lines } = checkBudgets(sizes)
  console.log(lines.join('\n'))
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
