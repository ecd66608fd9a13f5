/** The parts of a package.json the pins are made from. */
export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  resolutions?: Record<string, string>;
}

/**
 * The `resolutions` the install test gives a stock app, for this machine
 * rather than for the plugins:
 *
 * - every `@backstage/*` package the app's package.json files name, at the
 *   version its template names (its range without the caret): without
 *   create-app's yarn.lock seed, which cannot be fetched here, a fresh
 *   install resolves newer releases than the Backstage release the app was
 *   made for, and some of them do not work with it;
 * - the pins this repository's own package.json needs because the registry
 *   here lacks some platform binaries of recent releases.
 *
 * The app's own resolutions are kept.
 */
export function stockAppResolutions(
  appManifests: Manifest[],
  repoManifest: Manifest,
): Record<string, string> {
  const [root] = appManifests;
  const resolutions: Record<string, string> = { ...root.resolutions };
  for (const manifest of appManifests) {
    for (const [name, range] of Object.entries({
      ...manifest.dependencies,
      ...manifest.devDependencies,
    })) {
      if (name.startsWith('@backstage/')) {
        resolutions[name] = range.replace(/^\^/, '');
      }
    }
  }
  for (const [name, range] of Object.entries(repoManifest.resolutions ?? {})) {
    resolutions[name] ??= range;
  }
  return resolutions;
}
