import fs from 'node:fs';
import path from 'node:path';
import { capture, exec } from '../exec';
import {
  PublishedManifest,
  tarballProblems,
  undeclaredTypeImports,
} from './tarballProblems';

/** A packed package. */
export interface Tarball {
  name: string;
  version: string;
  file: string;
}

/**
 * Builds and packs every package under plugins/ with `yarn pack`, as
 * publishing would, and checks what each tarball holds.
 */
export async function packPlugins(options: {
  repoRoot: string;
  outDir: string;
  logFile: string;
}): Promise<Tarball[]> {
  const { repoRoot, outDir, logFile } = options;
  fs.mkdirSync(outDir, { recursive: true });
  // The builds take their type declarations from what tsc writes.
  await exec('yarn', ['tsc'], { cwd: repoRoot, logFile });
  const pluginsDir = path.join(repoRoot, 'plugins');
  const tarballs: Tarball[] = [];
  for (const dir of fs.readdirSync(pluginsDir).sort()) {
    const packageDir = path.join(pluginsDir, dir);
    await exec('yarn', ['build'], { cwd: packageDir, logFile });
    const { name, version } = JSON.parse(
      fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
    );
    const file = path.join(outDir, `${dir}-${version}.tgz`);
    await exec('yarn', ['pack', '--out', file], { cwd: packageDir, logFile });
    await checkTarball(file);
    tarballs.push({ name, version, file });
  }
  return tarballs;
}

async function checkTarball(file: string) {
  const files = (await capture('tar', ['-tzf', file], '/'))
    .split('\n')
    .filter(Boolean)
    .map(entry => entry.replace(/^package\//, ''));
  const read = (entry: string) =>
    capture('tar', ['-xzOf', file, `package/${entry}`], '/');
  const manifest: PublishedManifest = JSON.parse(await read('package.json'));
  const problems = tarballProblems(files, manifest);
  for (const declarations of files.filter(f =>
    /^dist\/[^/]+\.d\.ts$/.test(f),
  )) {
    for (const name of undeclaredTypeImports(
      await read(declarations),
      manifest,
    )) {
      problems.push(`${declarations} imports ${name}, not a dependency`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `${path.basename(file)}:\n${problems.map(p => `  - ${p}`).join('\n')}`,
    );
  }
}
