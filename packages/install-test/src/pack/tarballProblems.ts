/** A package.json as published, as far as the checks read it. */
export interface PublishedManifest {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  types?: string;
  files?: string[];
  configSchema?: string;
  exports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  backstage?: { pluginPackages?: string[] };
}

// What a published package may hold besides dist/: its manifest and README,
// the config schema prepack compiles from config.d.ts, database migrations.
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^config\.schema\.json$/,
  /^migrations\/[^/]+\.js$/,
  /^dist\/.+\.(js|d\.ts|js\.map)$/,
];
const TEST_FILES = /(\.test\.|__testUtils__|\/testing\/|setupTests)/;

/**
 * What is wrong with a packed package: files it must not hold, entry
 * points that point at nothing, workspace ranges left in, metadata missing.
 * `files` are the tarball's paths without the leading `package/`.
 */
export function tarballProblems(
  files: string[],
  manifest: PublishedManifest,
): string[] {
  const problems: string[] = [];
  const has = new Set(files);
  for (const file of files) {
    if (!ALLOWED.some(pattern => pattern.test(file)) || TEST_FILES.test(file)) {
      problems.push(`holds ${file}`);
    }
  }
  if (manifest.private) {
    problems.push('is private');
  }
  if (!/^\d+\.\d+\.\d+$/.test(manifest.version)) {
    problems.push(`has version ${manifest.version}`);
  }
  if (!manifest.backstage?.pluginPackages?.length) {
    problems.push('has no backstage.pluginPackages');
  }
  const targets = [
    manifest.main,
    manifest.types,
    manifest.configSchema,
    ...Object.values(manifest.exports ?? {}).flatMap(target =>
      typeof target === 'string'
        ? [target]
        : // `backstage` names the feature an entry point exports, no file.
          Object.entries(target)
            .filter(([condition]) => condition !== 'backstage')
            .map(([, file]) => file),
    ),
  ].filter((target): target is string => Boolean(target));
  for (const target of targets) {
    if (!has.has(target.replace(/^\.\//, ''))) {
      problems.push(`points at ${target}, which it does not hold`);
    }
  }
  for (const [name, range] of Object.entries({
    ...manifest.dependencies,
    ...manifest.peerDependencies,
  })) {
    if (range.startsWith('workspace:')) {
      problems.push(`depends on ${name}@${range}`);
    }
  }
  return problems;
}

/**
 * Packages that a package's type declarations import but it does not
 * depend on: a consumer's type check could not resolve them.
 */
export function undeclaredTypeImports(
  declarations: string,
  manifest: PublishedManifest,
): string[] {
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const imported = new Set<string>();
  for (const [, specifier] of declarations.matchAll(
    /(?:from |import\()'([^'.][^']*)'/g,
  )) {
    const parts = specifier.split('/');
    imported.add(
      specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0],
    );
  }
  return [...imported].filter(
    name => !declared.has(name) && !name.startsWith('node:'),
  );
}
