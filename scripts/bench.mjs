// `pnpm bench`: every benchmark in one run; see bench/README.md. Node 24 runs the TypeScript in bench/ directly.
import { runBench } from '../bench/run-bench.ts'

try {
  await runBench(process.argv.slice(2))
} catch (error) {
  console.error(error)
  process.exitCode = 1
}
