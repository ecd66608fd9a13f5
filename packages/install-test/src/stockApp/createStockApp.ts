import fs from 'node:fs';
import path from 'node:path';
import { exec } from '../exec';
import { stockAppResolutions } from './stockAppResolutions';

/** The create-app release that makes apps of each Backstage release. */
const CREATE_APP_VERSIONS: Record<string, string> = {
  '1.55.0': '0.9.2',
};

export function createAppVersion(backstageVersion: string): string {
  const version = CREATE_APP_VERSIONS[backstageVersion];
  if (!version) {
    throw new Error(
      `No @backstage/create-app release known for Backstage ${backstageVersion} (backstage.json): add it to CREATE_APP_VERSIONS`,
    );
  }
  return version;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * Makes a stock app with `@backstage/create-app`, giving the name it asks
 * for on standard input, without installing it; then prepares it for this
 * machine (see stockAppResolutions) and lets its Yarn take the
 * `@sre-maturity` packages from the local registry.
 */
export async function createStockApp(options: {
  appDir: string;
  createAppVersion: string;
  legacy: boolean;
  registryUrl: string;
  repoRoot: string;
  logFile: string;
}): Promise<void> {
  const { appDir, logFile } = options;
  await exec(
    'npx',
    [
      '--yes',
      `@backstage/create-app@${options.createAppVersion}`,
      '--path',
      appDir,
      '--skip-install',
      ...(options.legacy ? ['--legacy'] : []),
    ],
    { cwd: path.dirname(appDir), logFile, input: `${path.basename(appDir)}\n` },
  );

  const rootManifestFile = path.join(appDir, 'package.json');
  const rootManifest = readJson(rootManifestFile);
  rootManifest.resolutions = stockAppResolutions(
    [
      rootManifest,
      readJson(path.join(appDir, 'packages/app/package.json')),
      readJson(path.join(appDir, 'packages/backend/package.json')),
    ],
    readJson(path.join(options.repoRoot, 'package.json')),
  );
  fs.writeFileSync(
    rootManifestFile,
    `${JSON.stringify(rootManifest, null, 2)}\n`,
  );
  fs.appendFileSync(
    path.join(appDir, '.yarnrc.yml'),
    [
      '',
      'npmScopes:',
      '  sre-maturity:',
      `    npmRegistryServer: '${options.registryUrl}'`,
      'unsafeHttpWhitelist:',
      '  - localhost',
      '',
    ].join('\n'),
  );
  fs.appendFileSync(
    logFile,
    `resolutions given to the app for this machine:\n${JSON.stringify(
      rootManifest.resolutions,
      null,
      2,
    )}\n`,
  );
}
