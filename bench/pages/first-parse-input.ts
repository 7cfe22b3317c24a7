import { paymentRequiredBody } from './payment-required-body'

/** The bench's 402 as a page receives it: the body's text and the response headers. */
export const firstParseInput = {
  status: 402,
  headers: new Headers({ 'content-type': 'application/json', 'request-id': 'req_bench_1' }),
  body: JSON.stringify(paymentRequiredBody('reports', 'req_bench_1')),
}

/** A regular expression as it ran: its source, its flags and the text it ran on. */
export type RegexRun = [source: string, flags: string, input: string]
