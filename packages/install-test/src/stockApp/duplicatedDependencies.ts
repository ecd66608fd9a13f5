import fs from 'node:fs';
import path from 'node:path';

/** Where Node would find a package from a directory, or undefined. */
function findPackageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) {
      return fs.realpathSync(candidate);
    }
    if (path.dirname(dir) === dir) {
      return undefined;
    }
  }
}

// What an app must hold once: a second React, MUI or Backstage package
// (API refs, extension points, contexts) breaks it at run time.
const SINGLETONS =
  /^(@backstage\/|@material-ui\/|react$|react-dom$|react-router|@types\/react$)/;

/**
 * React, MUI and Backstage packages that an installed package gets a copy
 * of its own of, while the host package (the app's frontend or backend)
 * has another.
 */
export function duplicatedDependencies(
  packageName: string,
  hostDir: string,
): string[] {
  const packageDir = findPackageDir(packageName, hostDir);
  if (!packageDir) {
    throw new Error(`${packageName} is not installed for ${hostDir}`);
  }
  const manifest = JSON.parse(
    fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
  );
  const names = Object.keys({
    ...manifest.dependencies,
    ...manifest.peerDependencies,
  }).filter(name => SINGLETONS.test(name));
  const version = (dir: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  return names.flatMap(name => {
    const ours = findPackageDir(name, packageDir);
    const hosts = findPackageDir(name, hostDir);
    return ours && hosts && ours !== hosts
      ? [
          `${packageName} has ${name} ${version(ours)}, the app ${version(
            hosts,
          )}`,
        ]
      : [];
  });
}
