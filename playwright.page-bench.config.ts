import { defineConfig } from '@playwright/test';
import os from 'os';
import path from 'path';
import baseConfig from './playwright.config';

// `yarn bench:page`: the scorecard page in Chromium against the database of
// `BENCH_KEEP_DATABASE=1 yarn bench`. Prints figures; asserts none.
const dataDir = path.join(os.tmpdir(), 'sre-maturity-page-bench-data');
const outputDir = 'bench-results';

export default defineConfig({
  ...baseConfig,
  testDir: 'packages/app/bench',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  reporter: 'list',
  outputDir,
  webServer: {
    ...baseConfig.webServer,
    command: `rm -rf "${dataDir}" && mkdir -p ${outputDir} && ./scripts/start.sh --built --config ../../app-config.page-bench.yaml > ${outputDir}/portal.log`,
    env: { SRE_MATURITY_DATA_DIR: dataDir },
  },
});
