// `pnpm size`: fails when a bundle is over its gzip budget (bench/size.ts); CI runs it.
import { checkBudgets, measureSizes } from '../bench/size.ts'

try {
  const sizes = await measureSizes()
  const { ok, lines } = checkBudgets(sizes)
  console.log(lines.join('\n'))
  if (!ok) {
    console.error('\nOver budget: see bench/README.md for how sizes are measured.')
    process.exitCode = 1
  }
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
