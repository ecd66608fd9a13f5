import { stockAppResolutions } from './stockAppResolutions';

describe('stockAppResolutions', () => {
  it("pins the app's Backstage packages and adds the repository's pins", () => {
    expect(
      stockAppResolutions(
        [
          {
            devDependencies: { '@backstage/cli': '^0.36.6', prettier: '^2' },
            resolutions: { '@types/react': '^18' },
          },
          { dependencies: { '@backstage/core-plugin-api': '^1.12.10' } },
          { dependencies: { '@backstage/backend-defaults': '^0.18.0' } },
        ],
        { resolutions: { '@types/react': '^17', rollup: '4.67.4' } },
      ),
    ).toEqual({
      '@types/react': '^18',
      '@backstage/cli': '0.36.6',
      '@backstage/core-plugin-api': '1.12.10',
      '@backstage/backend-defaults': '0.18.0',
      rollup: '4.67.4',
    });
  });
});
