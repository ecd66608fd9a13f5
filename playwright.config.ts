import { defineConfig } from '@playwright/test';
import os from 'os';
import path from 'path';

// The portal under test runs on its own SQLite folder, emptied before start.
const dataDir = path.join(os.tmpdir(), 'sre-maturity-e2e-data');
const outputDir = 'e2e-test-results';

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // One journey through one portal: its steps share state.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir,
  use: {
    baseURL: 'http://localhost:7007',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not used.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The portal's log is kept with the other artifacts of the run.
    command: `rm -rf "${dataDir}" && mkdir -p ${outputDir} && ./scripts/start.sh --built > ${outputDir}/portal.log`,
    url: 'http://localhost:7007/api/sre-maturity/health',
    env: { SRE_MATURITY_DATA_DIR: dataDir },
    timeout: 300_000,
    reuseExistingServer: false,
    stderr: 'pipe',
  },
});
