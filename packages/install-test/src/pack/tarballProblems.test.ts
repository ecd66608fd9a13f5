import {
  PublishedManifest,
  tarballProblems,
  undeclaredTypeImports,
} from './tarballProblems';

const MANIFEST: PublishedManifest = {
  name: '@sre-maturity/backstage-plugin-backend',
  version: '0.1.0',
  main: './dist/index.cjs.js',
  types: './dist/index.d.ts',
  configSchema: 'config.schema.json',
  exports: {
    '.': {
      backstage: '@backstage/BackendFeature',
      require: './dist/index.cjs.js',
      types: './dist/index.d.ts',
    },
    './package.json': './package.json',
  },
  dependencies: { '@backstage/backend-plugin-api': '^1.10.1' },
  backstage: { pluginPackages: ['@sre-maturity/backstage-plugin-backend'] },
};
const FILES = [
  'package.json',
  'README.md',
  'config.schema.json',
  'dist/index.cjs.js',
  'dist/index.cjs.js.map',
  'dist/index.d.ts',
  'dist/service/router.cjs.js',
  'migrations/20250601000000_init.js',
];

describe('tarballProblems', () => {
  it('finds none in a package as prepack makes it', () => {
    expect(tarballProblems(FILES, MANIFEST)).toEqual([]);
  });

  it('finds sources, tests and development files', () => {
    expect(
      tarballProblems(
        [
          ...FILES,
          'src/index.ts',
          'dist/service/router.test.cjs.js',
          'dist/__testUtils__/fixtures.cjs.js',
          'dev/index.ts',
          'bench/index.ts',
          'config.d.ts',
        ],
        MANIFEST,
      ),
    ).toEqual([
      'holds src/index.ts',
      'holds dist/service/router.test.cjs.js',
      'holds dist/__testUtils__/fixtures.cjs.js',
      'holds dev/index.ts',
      'holds bench/index.ts',
      'holds config.d.ts',
    ]);
  });

  it('finds entry points without their files', () => {
    expect(
      tarballProblems(
        FILES.filter(file => file !== 'dist/index.d.ts'),
        MANIFEST,
      ),
    ).toEqual([
      'points at ./dist/index.d.ts, which it does not hold',
      'points at ./dist/index.d.ts, which it does not hold',
    ]);
  });

  it('finds unpublishable metadata', () => {
    expect(
      tarballProblems(FILES, {
        ...MANIFEST,
        private: true,
        version: '0.1.0-next.0',
        dependencies: {
          '@sre-maturity/backstage-plugin-common': 'workspace:^',
        },
        backstage: {},
      }),
    ).toEqual([
      'is private',
      'has version 0.1.0-next.0',
      'has no backstage.pluginPackages',
      'depends on @sre-maturity/backstage-plugin-common@workspace:^',
    ]);
  });
});

describe('undeclaredTypeImports', () => {
  it('finds packages the declarations import without depending on them', () => {
    const declarations = [
      "import { BackendFeature } from '@backstage/backend-plugin-api';",
      "import { x } from './x';",
      "type A = import('@backstage/filter-predicates/alpha').FilterPredicate;",
      "import { Readable } from 'node:stream';",
      "import { y } from '@sre-maturity/backstage-plugin-backend';",
    ].join('\n');
    expect(undeclaredTypeImports(declarations, MANIFEST)).toEqual([
      '@backstage/filter-predicates',
    ]);
  });
});
