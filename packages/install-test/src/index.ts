import { runInstallTests } from './runInstallTests';

const start = Date.now();
runInstallTests().then(
  () => {
    const minutes = ((Date.now() - start) / 60_000).toFixed(1);
    console.log(`install tests: 2 passed, 0 failed (${minutes} min)`);
  },
  error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
