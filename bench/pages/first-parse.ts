import { parsePaymentRequired } from '@paywall-kit/core'
import { publish, sleep } from './bench-result'
import { firstParseInput, type RegexRun } from './first-parse-input'

// How long reading the bench's 402 takes the first time a page does it, the second time, and once
// the code is hot, for the kit's parser and for what the hand-written page reads. `?mode=` picks one;
// each run is a fresh page, so the first call pays whatever a page pays the first time.

/** What one run of this page publishes (`performance.now()` differences, ms). */
export interface FirstParseSample {
  coldMs: number
  secondMs: number
  /** Mean of 100 calls after the first two. */
  hotMs: number
  /** Regular expressions compiled before the first call (`kitRegexesCompiled` only). */
  regexesCompiled: number
}

const readers = {
  kit: () => parsePaymentRequired(firstParseInput),
  // The hand-written page's read: one known shape, five fields, no checks.
  handWritten: () => {
    const body = JSON.parse(firstParseInput.body)
    return {
      message: body.error.message,
      actionUrl: body.error.action.url,
      actionText: body.error.action.text,
      requestId: body.request_id,
      timestamp: body.timestamp,
    }
  },
}

function elapsed(read: () => unknown): number {
  const start = performance.now()
  read()
  return performance.now() - start
}

/** The regular expressions one parse runs, listed by a worker (see `first-parse-regexes.worker.ts`). */
function regexesOfOneParse(): Promise<RegexRun[]> {
  const worker = new Worker(new URL('./first-parse-regexes.worker.ts', import.meta.url), { type: 'module' })
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<RegexRun[]>) => {
      worker.terminate()
      resolve(event.data)
    }
  })
}

/** Compiles each one as the parse will run it: V8 compiles a pattern on its first run and again on its second. */
function compile(regexes: RegexRun[]): void {
  for (const [source, flags, input] of regexes) {
    const pattern = new RegExp(source, flags)
    for (let run = 0; run < 3; run += 1) {
      pattern.lastIndex = 0
      pattern.test(input)
    }
  }
}

async function measure(): Promise<FirstParseSample> {
  const mode = new URLSearchParams(window.location.search).get('mode')
  let regexesCompiled = 0
  if (mode === 'kitRegexesCompiled') {
    const regexes = await regexesOfOneParse()
    compile(regexes)
    regexesCompiled = regexes.length
  }
  // The page has loaded and settled: only the call's own work is timed.
  await sleep(200)
  const read = mode === 'handWritten' ? readers.handWritten : readers.kit
  const coldMs = elapsed(read)
  const secondMs = elapsed(read)
  const hotMs =
    elapsed(() => {
      for (let call = 0; call < 100; call += 1) read()
    }) / 100
  return { coldMs, secondMs, hotMs, regexesCompiled }
}

void measure().then(publish)
