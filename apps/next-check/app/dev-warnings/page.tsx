import { DevWarningsHost } from './dev-warnings-host'

export const metadata = { title: 'paywall-kit development warnings' }

/** The page `dev-warnings.test.ts` opens on `next dev`: each part of it should make the kit warn. */
export default function Page() {
  return <DevWarningsHost />
}
