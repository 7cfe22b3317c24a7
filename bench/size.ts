import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, defaultClientConditions, type InlineConfig, type Rolldown } from 'vite'

/** Bytes an app downloads for one bundle, after its own minifier and the server's compression. */
export interface BundleSize {
  minBytes: number
  /** zlib level 9. */
  gzipBytes: number
  /** Brotli quality 11. */
  brotliBytes: number
}

/** What an app pays for each entry point. */
export interface SizeResults {
  /** Everything `@paywall-kit/core` exports. */
  core: BundleSize
  /** Everything `@paywall-kit/react` exports (all four components, core included); React, ReactDOM, TanStack Query and Radix external. */
  react: BundleSize
  /** The same with Radix bundled in (React, ReactDOM and TanStack Query external). */
  reactWithRadix: BundleSize
  /** `@paywall-kit/react/styles.css`, minified by Vite (not counted in the budgets). */
  styles: BundleSize
}

/**
 * Gzip ceilings in bytes, enforced by `pnpm size` in CI so that size cannot grow unnoticed. They sit
 * just above today's figures; the goals below are where the kit has to get to and are not met yet.
 */
export const sizeBudgets = { core: 12500, react: 29800 } as const

/** The size goals of the kit (issues 3, 5 and 8), printed beside the ceilings. */
export const sizeGoals = { core: 3072, react: 6144 } as const

const peers = /^(react|react-dom|@tanstack\/react-query)(\/|$)/
const radix = /^(radix-ui|@radix-ui\/)/

function compressed(text: string): BundleSize {
  const bytes = Buffer.from(text)
  return {
    minBytes: bytes.byteLength,
    gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
    brotliBytes: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  }
}

const entryPath = (entry: string) => fileURLToPath(new URL(entry, import.meta.url))

/** Vite options for bundling one entry like an app's production build would. */
function bundleConfig(entry: string, external: (id: string) => boolean, source?: string): InlineConfig {
  return {
    configFile: false,
    // A piece's entry is generated: the import line an app would write.
    plugins:
      source === undefined
        ? []
        : [{ name: 'size-entry', load: (id) => (id === entryPath(entry) ? source : null) }],
    logLevel: 'silent',
    root: fileURLToPath(new URL('.', import.meta.url)),
    resolve: { conditions: ['@paywall-kit/source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: 'oxc',
      lib: { entry: entryPath(entry), formats: ['es'], fileName: 'entry' },
      rolldownOptions: {
        external,
        // Vite keeps whitespace and `/*#__PURE__*/` in library builds; an app's bundler would not.
        output: { minify: true, comments: false },
      },
    },
  }
}

/**
 * Bundles one entry like an app's production build would (minified, `NODE_ENV=production`) and measures its
 * JavaScript (`kind: 'js'`) or its CSS (`kind: 'css'`).
 */
export async function measure(
  entry: string,
  external: (id: string) => boolean,
  kind: 'js' | 'css' = 'js',
  source?: string,
): Promise<BundleSize> {
  const output = (await build(bundleConfig(entry, external, source))) as Rolldown.RolldownOutput[]
  const files = output.flatMap((result) => result.output)
  if (kind === 'css') {
    return compressed(
      files
        .filter(
          (file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'),
        )
        .map((file) => String(file.source))
        .join('\n'),
    )
  }
  const code = files
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n')
  if (/["']@paywall-kit\//.test(code)) throw new Error(`${entry}: a workspace package was left external.`)
  return compressed(code)
}

/**
 * Where the bytes of an entry come from: each source module's share of the bundle before the final
 * minify pass (rolldown's rendered length), largest first. For finding what to shrink, not a budget.
 */
export async function moduleBreakdown(which: 'core' | 'react'): Promise<{ module: string; bytes: number }[]> {
  const output = (await build(
    bundleConfig(
      which === 'core' ? './size/core-entry.ts' : './size/react-entry.ts',
      which === 'core' ? () => false : (id) => peers.test(id) || radix.test(id),
    ),
  )) as Rolldown.RolldownOutput[]
  const root = fileURLToPath(new URL('..', import.meta.url))
  return output
    .flatMap((result) => result.output)
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
    .flatMap((chunk) => Object.entries(chunk.modules))
    .map(([id, info]) => ({ module: id.replace(root, ''), bytes: info.renderedLength }))
    .filter((row) => row.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
}

/** Measures core alone, the kit with its peers external, the kit with Radix included, and the stylesheet. */
export async function measureSizes(): Promise<SizeResults> {
  return {
    core: await measure('./size/core-entry.ts', () => false),
    react: await measure('./size/react-entry.ts', (id) => peers.test(id) || radix.test(id)),
    reactWithRadix: await measure('./size/react-entry.ts', (id) => peers.test(id)),
    styles: await measure('./size/styles-entry.ts', () => false, 'css'),
  }
}

/**
 * What an app pays for a piece of the kit, when it imports only that piece (tree-shaken), core included:
 * the answer to "what would dropping X save?" and the proof that each component is tree-shakable.
 */
export const sizePieces = [
  { name: 'core: parsePaymentRequired', core: ['parsePaymentRequired'] },
  {
    name: 'core: parse + fetch + errors',
    core: [
      'parsePaymentRequired',
      'readPaymentRequired',
      'paywallFetch',
      'toPaymentRequired',
      'paywallRetry',
      'isPaymentRequired',
      'PaymentRequiredError',
    ],
  },
  { name: 'core: createPaywallStore', core: ['createPaywallStore'] },
  {
    name: 'core: parse + store (issue 3)',
    core: ['parsePaymentRequired', 'readPaymentRequired', 'createPaywallStore'],
  },
  { name: 'core: usageLevel + graceStatus', core: ['usageLevel', 'graceStatus'] },
  { name: 'react: PaywallProvider + usePaywall', react: ['PaywallProvider', 'usePaywall'] },
  { name: 'react: provider + PaywallModal', react: ['PaywallProvider', 'PaywallModal'] },
  { name: 'react: provider + FeatureLock', react: ['PaywallProvider', 'FeatureLock'] },
  { name: 'react: provider + UsageMeter', react: ['PaywallProvider', 'UsageMeter'] },
  { name: 'react: provider + GracePeriodBanner', react: ['PaywallProvider', 'GracePeriodBanner'] },
  {
    name: 'react: provider + the four components (issue 5)',
    react: [
      'PaywallProvider',
      'PaywallModal',
      'FeatureLock',
      'UsageMeter',
      'GracePeriodBanner',
      'usePaywall',
    ],
  },
] as const satisfies readonly { name: string; core?: readonly string[]; react?: readonly string[] }[]

/** `sizePieces`, measured: gzip and min bytes of each, peers and Radix external. */
export async function measurePieces(): Promise<{ name: string; minBytes: number; gzipBytes: number }[]> {
  const rows = []
  for (const piece of sizePieces) {
    const source = Object.entries(piece)
      .filter(([key]) => key !== 'name')
      .map(
        ([pkg, names]) => `export { ${(names as readonly string[]).join(', ')} } from '@paywall-kit/${pkg}'`,
      )
      .join('\n')
    const { minBytes, gzipBytes } = await measure(
      './size/piece-entry.ts',
      (id) => peers.test(id) || radix.test(id),
      'js',
      source,
    )
    rows.push({ name: piece.name, minBytes, gzipBytes })
  }
  return rows
}

/** The shipped locales, `@paywall-kit/react/locales/<tag>`. */
export const sizeLocales = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'ja',
  'zh-CN',
  'ko',
  'ar',
  'he',
] as const

/**
 * Gzip ceiling in bytes of one locale bundled alone. A locale is a plain object of strings: one that grows
 * past this has started to pull in code (React, the components) and would cost every app that imports it.
 */
export const localeBudget = 2560

/** What one shipped locale costs: alone, and on top of the whole kit. */
export interface LocaleSize {
  locale: (typeof sizeLocales)[number]
  /** `locales/<tag>` bundled alone, gzip. */
  aloneGzipBytes: number
  /** The whole of `@paywall-kit/react` plus `locales/<tag>`, gzip. */
  withReactGzipBytes: number
  /** What importing the locale adds to an app that has the kit: `withReactGzipBytes` minus the kit alone. */
  addedGzipBytes: number
}

/**
 * Each shipped locale measured as an app would import it, peers and Radix external. Locales are separate
 * entries, so the kit alone (`react`) carries none of them and an app pays only for the ones it imports.
 */
export async function measureLocales(react: BundleSize): Promise<LocaleSize[]> {
  const external = (id: string) => peers.test(id) || radix.test(id)
  const rows: LocaleSize[] = []
  for (const locale of sizeLocales) {
    const importLine = `export { messages } from '@paywall-kit/react/locales/${locale}'`
    const alone = await measure('./size/piece-entry.ts', external, 'js', importLine)
    const withReact = await measure(
      './size/piece-entry.ts',
      external,
      'js',
      `export * from '@paywall-kit/react'\n${importLine}`,
    )
    rows.push({
      locale,
      aloneGzipBytes: alone.gzipBytes,
      withReactGzipBytes: withReact.gzipBytes,
      addedGzipBytes: withReact.gzipBytes - react.gzipBytes,
    })
  }
  return rows
}

/** Lines describing each locale's cost, and whether every locale alone is within `localeBudget`. */
export function checkLocaleBudgets(rows: LocaleSize[]): { ok: boolean; lines: string[] } {
  return {
    ok: rows.every((row) => row.aloneGzipBytes <= localeBudget),
    lines: rows.map(
      (row) =>
        `${row.aloneGzipBytes <= localeBudget ? 'ok  ' : 'OVER'} react + locales/${row.locale}: ` +
        `${row.withReactGzipBytes} B gzip (+${row.addedGzipBytes} B; the locale alone ${row.aloneGzipBytes} B, ` +
        `ceiling ${localeBudget} B)`,
    ),
  }
}

/**
 * Gzip ceiling in bytes of `@paywall-kit/devtools` in a production build: its default entry switches to
 * no-ops on `process.env.NODE_ENV`, and the panel must not reach an app's production bundle.
 */
export const devtoolsProductionBudget = 100

/**
 * What an app's production build (minified, `NODE_ENV=production`) keeps of `@paywall-kit/devtools` when
 * it uses all three of its exports: the app's module holds them in an array, as rendering them would.
 * Only React, ReactDOM and TanStack Query are external: Radix, the kit and the mock billing API are
 * bundled, so whatever the switch failed to drop is counted. Imported by path, as the bench's root does
 * not depend on the package (the same `src/` its source condition resolves to).
 */
export async function measureDevtoolsProduction(): Promise<BundleSize> {
  const from = entryPath('../packages/devtools/src/index.ts')
  return measure(
    './size/piece-entry.ts',
    (id) => peers.test(id) || /^@tanstack\/react-devtools(\/|$)/.test(id),
    'js',
    `import { PaywallDevtools, PaywallDevtoolsPanel, paywallDevtoolsPlugin } from '${from}'\n` +
      'export const used = [PaywallDevtools, PaywallDevtoolsPanel, paywallDevtoolsPlugin]',
  )
}

/** The line describing the devtools' production size, and whether it is within `devtoolsProductionBudget`. */
export function checkDevtoolsBudget(size: BundleSize): { ok: boolean; lines: string[] } {
  const ok = size.gzipBytes <= devtoolsProductionBudget
  return {
    ok,
    lines: [
      `${ok ? 'ok  ' : 'OVER'} @paywall-kit/devtools (production build): ${size.gzipBytes} B gzip, ` +
        `${size.minBytes} B min (ceiling ${devtoolsProductionBudget} B)`,
    ],
  }
}

/** Lines describing each budget, and whether all hold. */
export function checkBudgets(sizes: SizeResults): { ok: boolean; lines: string[] } {
  const checks = [
    { name: '@paywall-kit/core', gzip: sizes.core.gzipBytes, budget: sizeBudgets.core, goal: sizeGoals.core },
    {
      name: '@paywall-kit/react (peers external)',
      gzip: sizes.react.gzipBytes,
      budget: sizeBudgets.react,
      goal: sizeGoals.react,
    },
  ]
  return {
    ok: checks.every((check) => check.gzip <= check.budget),
    lines: checks.map(
      (check) =>
        `${check.gzip <= check.budget ? 'ok  ' : 'OVER'} ${check.name}: ${check.gzip} B gzip ` +
        `(ceiling ${check.budget} B; goal ${check.goal} B: ${check.gzip <= check.goal ? 'met' : 'not met'})`,
    ),
  }
}
