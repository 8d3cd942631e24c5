import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.electron\.ts$/,
  timeout: 60_000,
  workers: 1,
})
