// ESLint: import boundaries (docs/design/architecture.md "One core, four thin doors") and a few cheap
// correctness rules. Deliberately small: typescript-eslint's recommended sets are not enabled; tsc
// (npm run typecheck) already checks types strictly. Every suppression in the code says why.
import tseslint from 'typescript-eslint'

/** Who may import what. Each entry: the specifiers, the message, and the files allowed to import them. */
const OWNERS = {
  ui: {
    names: ['react', 'react-dom', 'antd', 'zustand', 'recharts'],
    patterns: ['react/*', 'react-dom/*', 'antd/*', '@ant-design/*', 'zustand/*', 'recharts/*'],
    message: 'src/core stays pure: no React, antd, zustand or recharts (docs/design/architecture.md).',
  },
  electron: {
    names: ['electron'],
    patterns: ['electron/*'],
    message: 'electron is imported only by src/main and src/preload.',
  },
  lowdb: {
    names: ['lowdb'],
    patterns: ['lowdb/*'],
    message: 'Only src/core/storage knows lowdb and the workspace layout.',
  },
  // the hostile-file layer: the `files` work consolidates these into src/core/intake/files
  fileParsers: {
    names: ['yauzl', 'exceljs'],
    patterns: ['yauzl/*', 'exceljs/*'],
    message: 'Only the file layer (src/core/intake, src/core/rubric/exchange) reads zips and spreadsheets.',
  },
  zustand: {
    names: ['zustand'],
    patterns: ['zustand/*'],
    message: 'zustand lives in src/renderer/src/stores; features use the store hooks.',
  },
  node: {
    names: [],
    patterns: ['node:*'],
    message: 'The renderer runs in a browser sandbox: no node: modules; ask the core through the API.',
  },
  storage: {
    names: [],
    patterns: ['**/core/storage', '**/core/storage/**'],
    message: 'The renderer reaches storage only through the API.',
  },
}

/** Globs of the files allowed to import each group, so narrowing one is a one-line change. */
// src/core/reports/xlsx: spreadsheets the workbench writes (拟表彰名单 / 汇总表), never reads
const FILE_LAYER = ['src/core/intake/**', 'src/core/rubric/exchange/**', 'src/core/util/exceljsSafeReader.ts', 'src/core/reports/xlsx/**']
const STORAGE = ['src/core/storage/**']
const ELECTRON_DOORS = ['src/main/**', 'src/preload/**']
const STORES = ['src/renderer/src/stores/**']

function restrict(...groups) {
  const paths = []
  const patterns = []
  for (const g of groups.map((k) => OWNERS[k])) {
    for (const name of g.names) paths.push({ name, message: g.message })
    if (g.patterns.length) patterns.push({ group: g.patterns, message: g.message })
  }
  return { 'no-restricted-imports': ['error', { paths, patterns }] }
}

/** One block per area, so that each file gets exactly one no-restricted-imports (blocks do not merge options). */
const areas = [
  { files: ['src/core/**/*.ts'], ignores: [...STORAGE, ...FILE_LAYER], rules: restrict('ui', 'electron', 'lowdb', 'fileParsers') },
  { files: STORAGE, rules: restrict('ui', 'electron', 'fileParsers') },
  { files: FILE_LAYER, rules: restrict('ui', 'electron', 'lowdb') },
  { files: ['src/renderer/**/*.{ts,tsx}'], ignores: STORES, rules: restrict('electron', 'lowdb', 'fileParsers', 'zustand', 'node', 'storage') },
  { files: STORES, rules: restrict('electron', 'lowdb', 'fileParsers', 'node', 'storage') },
  { files: ELECTRON_DOORS, rules: restrict('lowdb', 'fileParsers', 'ui') },
  { files: ['src/bridge/**/*.ts', 'src/cli/**/*.ts'], rules: restrict('electron', 'lowdb', 'fileParsers', 'ui') },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', '.workbench/**', 'bench/.data/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // cheap correctness rules that tsc does not cover
      'no-debugger': 'error',
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-self-compare': 'error',
      'no-unsafe-finally': 'error',
      'no-template-curly-in-string': 'error',
      'no-constant-binary-expression': 'error',
      'no-sparse-arrays': 'error',
      'no-control-regex': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
      '@typescript-eslint/no-misused-new': 'error',
    },
  },
  ...areas,
)
