import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exec } from './exec';
import { freePort } from './freePort';
import { LocalRegistry } from './pack/LocalRegistry';
import { packPlugins } from './pack/packPlugins';
import { applyPatch } from './readme/applyPatch';
import {
  InstallStep,
  readInstallSteps,
  readSection,
  readTestedVersion,
} from './readme/readInstallSteps';
import { createAppVersion, createStockApp } from './stockApp/createStockApp';
import { duplicatedDependencies } from './stockApp/duplicatedDependencies';

// `yarn test:install` runs from the repository's root.
const repoRoot = process.cwd();
const resultsDir = path.join(repoRoot, 'e2e-test-results', 'install-test');

interface FrontendSystem {
  name: string;
  legacy: boolean;
  /** The frontend README's section for it. */
  section: string;
}

const SYSTEMS: FrontendSystem[] = [
  { name: 'new', legacy: false, section: '### New frontend system' },
  { name: 'legacy', legacy: true, section: '### Legacy frontend system' },
];

function readme(plugin: string): string {
  return fs.readFileSync(
    path.join(repoRoot, 'plugins', plugin, 'README.md'),
    'utf8',
  );
}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = Date.now();
  console.log(`--> ${name}`);
  const result = await fn();
  console.log(`    done in ${Math.round((Date.now() - start) / 1000)} s`);
  return result;
}

/**
 * Packs the plugins, then for each frontend system makes a stock app,
 * installs them as the READMEs say, builds the app and tries it in
 * Chromium. Throws on the first failure.
 */
export async function runInstallTests() {
  const backstageVersion = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'backstage.json'), 'utf8'),
  ).version;
  const backendReadme = readme('sre-maturity-backend');
  const frontendReadme = readme('sre-maturity');
  for (const text of [backendReadme, frontendReadme]) {
    const tested = readTestedVersion(readSection(text, '## Install'));
    if (tested !== backstageVersion) {
      throw new Error(
        `A README says it was tested with Backstage ${tested}, backstage.json names ${backstageVersion}`,
      );
    }
  }
  const backendSteps = readInstallSteps(
    readSection(backendReadme, '## Install'),
  );

  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'sre-maturity-install-test-'),
  );
  console.log(`Stock apps in ${workDir}, logs in ${resultsDir}`);

  const tarballs = await timed('build and pack the plugins', () =>
    packPlugins({
      repoRoot,
      outDir: path.join(workDir, 'tarballs'),
      logFile: path.join(resultsDir, 'pack.log'),
    }),
  );
  const registry = await LocalRegistry.start(tarballs);
  try {
    for (const system of SYSTEMS) {
      const steps = [
        ...backendSteps,
        ...readInstallSteps(readSection(frontendReadme, system.section)),
      ];
      await testStockApp({
        system,
        steps,
        createAppVersion: createAppVersion(backstageVersion),
        registryUrl: registry.url,
        workDir,
      });
    }
  } finally {
    await registry.stop();
  }
  fs.rmSync(workDir, { recursive: true, force: true });
}

async function testStockApp(options: {
  system: FrontendSystem;
  steps: InstallStep[];
  createAppVersion: string;
  registryUrl: string;
  workDir: string;
}) {
  const { system, workDir } = options;
  const appDir = path.join(workDir, `${system.name}-app`);
  const logDir = path.join(resultsDir, system.name);
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = (name: string) => path.join(logDir, `${name}.log`);
  // A user's shell: Yarn may write the app's lockfile even where CI is set.
  const env = { ...process.env, YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' };
  const title = `${system.name} frontend system`;

  await timed(
    `${title}: create a stock app (create-app ${options.createAppVersion})`,
    () =>
      createStockApp({
        appDir,
        createAppVersion: options.createAppVersion,
        legacy: system.legacy,
        registryUrl: options.registryUrl,
        repoRoot,
        logFile: logFile('create-app'),
      }),
  );
  await timed(`${title}: the READMEs' install steps`, async () => {
    for (const step of options.steps) {
      if (step.kind === 'command') {
        console.log(`    $ ${step.command}`);
        await exec('bash', ['-c', step.command], {
          cwd: appDir,
          env,
          logFile: logFile('install'),
        });
      } else {
        console.log(`    edit ${step.patch.file}`);
        const file = path.join(appDir, step.patch.file);
        fs.writeFileSync(
          file,
          applyPatch(fs.readFileSync(file, 'utf8'), step.patch),
        );
      }
    }
  });
  await timed(`${title}: no second copy of what the app provides`, async () => {
    const duplicates = [
      ['@sre-maturity/backstage-plugin', 'packages/app'],
      ['@sre-maturity/backstage-plugin-common', 'packages/app'],
      ['@sre-maturity/backstage-plugin-backend', 'packages/backend'],
      ['@sre-maturity/backstage-plugin-node', 'packages/backend'],
      ['@sre-maturity/backstage-plugin-common', 'packages/backend'],
    ].flatMap(([name, host]) =>
      duplicatedDependencies(name, path.join(appDir, host)),
    );
    if (duplicates.length > 0) {
      throw new Error(`Duplicated packages:\n${duplicates.join('\n')}`);
    }
  });
  await timed(`${title}: type check (yarn tsc)`, () =>
    exec('yarn', ['tsc'], { cwd: appDir, env, logFile: logFile('tsc') }),
  );
  await timed(`${title}: production build of the frontend`, () =>
    exec('yarn', ['workspace', 'app', 'build'], {
      cwd: appDir,
      env,
      logFile: logFile('build'),
    }),
  );

  const port = await freePort();
  const dataDir = path.join(workDir, `${system.name}-data`);
  fs.mkdirSync(dataDir);
  // Read by the stock backend besides app-config.yaml.
  fs.writeFileSync(
    path.join(appDir, 'app-config.local.yaml'),
    [
      'app:',
      `  baseUrl: http://localhost:${port}`,
      'backend:',
      `  baseUrl: http://localhost:${port}`,
      '  listen:',
      `    port: ${port}`,
      '  cors:',
      `    origin: http://localhost:${port}`,
      '  database:',
      '    client: better-sqlite3',
      '    connection:',
      `      directory: ${dataDir}`,
      '',
    ].join('\n'),
  );
  await timed(`${title}: the app in Chromium (port ${port})`, () =>
    exec(
      'yarn',
      ['playwright', 'test', '--config', 'playwright.install-test.config.ts'],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          STOCK_APP_DIR: appDir,
          STOCK_APP_PORT: String(port),
          STOCK_APP_RESULTS: logDir,
        },
        logFile: logFile('chromium'),
      },
    ),
  );
  // Each app takes about 2 GiB.
  fs.rmSync(appDir, { recursive: true, force: true });
}
