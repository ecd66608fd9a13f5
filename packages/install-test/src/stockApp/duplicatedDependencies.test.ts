import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { duplicatedDependencies } from './duplicatedDependencies';

describe('duplicatedDependencies', () => {
  let root: string;

  function install(dir: string, manifest: object) {
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    fs.writeFileSync(
      path.join(root, dir, 'package.json'),
      JSON.stringify(manifest),
    );
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'duplicated-'));
    install('packages/app', { name: 'app' });
    install('node_modules/react', { name: 'react', version: '18.3.1' });
    install('node_modules/@backstage/core-plugin-api', { version: '1.12.10' });
    install('node_modules/react-is', { name: 'react-is', version: '16.13.1' });
    install('node_modules/@sre-maturity/plugin', {
      name: '@sre-maturity/plugin',
      dependencies: {
        '@backstage/core-plugin-api': '^1.12.10',
        'react-is': '^18',
      },
      peerDependencies: { react: '^18' },
    });
    // Its own copy of react-is is harmless.
    install('node_modules/@sre-maturity/plugin/node_modules/react-is', {
      version: '18.3.1',
    });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds none when the package uses the app’s copies', () => {
    expect(
      duplicatedDependencies(
        '@sre-maturity/plugin',
        path.join(root, 'packages/app'),
      ),
    ).toEqual([]);
  });

  it('finds a second copy of a Backstage package', () => {
    install(
      'node_modules/@sre-maturity/plugin/node_modules/@backstage/core-plugin-api',
      { version: '1.13.0' },
    );
    expect(
      duplicatedDependencies(
        '@sre-maturity/plugin',
        path.join(root, 'packages/app'),
      ),
    ).toEqual([
      '@sre-maturity/plugin has @backstage/core-plugin-api 1.13.0, the app 1.12.10',
    ]);
  });

  it('names a package that is not installed', () => {
    expect(() =>
      duplicatedDependencies(
        '@sre-maturity/other',
        path.join(root, 'packages/app'),
      ),
    ).toThrow('@sre-maturity/other is not installed for');
  });
});
