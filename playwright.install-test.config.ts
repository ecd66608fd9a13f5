import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The browser half of `yarn test:install` (packages/install-test), run once
// per stock app it made: starts that app's backend, which serves the app's
// production build, and drives it in Chromium.
const appDir = requiredEnv('STOCK_APP_DIR');
const port = requiredEnv('STOCK_APP_PORT');
const resultsDir = requiredEnv('STOCK_APP_RESULTS');

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this through yarn test:install`);
  }
  return value;
}

export default defineConfig({
  ...baseConfig,
  testMatch: '*.install.ts',
  reporter: 'list',
  // Playwright empties its own folder: the backend's log sits beside it.
  outputDir: `${resultsDir}/playwright`,
  use: { ...baseConfig.use, baseURL: `http://localhost:${port}` },
  webServer: {
    // The stock app's own command; it reads app-config.local.yaml, where
    // the install test put the port and the SQLite folder.
    command: `yarn workspace backend start > "${resultsDir}/backend.log" 2>&1`,
    cwd: appDir,
    url: `http://localhost:${port}/.backstage/health/v1/readiness`,
    timeout: 300_000,
    reuseExistingServer: false,
  },
});
