import { defineConfig } from '@playwright/test'

/**
 * E2E: the built renderer (out/renderer) in Debian's Chromium against the real bridge and core on a
 * fresh temp workspace per test file (docs/design/toolchain.md "Browser tests"; docs/design/architecture.md "The test bridge").
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  // generous: on a loaded machine (8 sessions on 2 cores) one click can take 10 s; no check is weaker for it
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // the app turns antd's animations off for prefers-reduced-motion: no waiting for modals to fade
    reducedMotion: 'reduce',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
