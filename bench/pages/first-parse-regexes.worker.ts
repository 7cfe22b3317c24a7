import { parsePaymentRequired } from '@paywall-kit/core'
import { firstParseInput, type RegexRun } from './first-parse-input'

// Lists the regular expressions one parse of the bench's 402 runs. In a worker, which has its own
// JavaScript engine instance, so that the page that asked stays cold: nothing of this parse is
// compiled there. `test`, `replace`, `split` and `match` all go through `exec`.
const seen = new Map<string, RegexRun>()
const exec = RegExp.prototype.exec
RegExp.prototype.exec = function (this: RegExp, input: string) {
  seen.set(`/${this.source}/${this.flags}`, [this.source, this.flags, String(input)])
  return exec.call(this, input)
}
parsePaymentRequired(firstParseInput)
RegExp.prototype.exec = exec
postMessage([...seen.values()])
