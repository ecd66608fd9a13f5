// The tests run in Node, not in the browser the app's lint rules are for.
/* eslint-disable no-restricted-imports */
import fs from 'fs';
import path from 'path';
/* eslint-enable no-restricted-imports */

// The files app-config.yaml points the catalog at.
const SAMPLE_FILES = [
  'examples/entities.yaml',
  'examples/org.yaml',
  'catalog-info.yaml',
];

/** How many entities the sample catalog files describe. */
export function sampleCatalogSize(): number {
  const root = path.resolve(__dirname, '../../..');
  return SAMPLE_FILES.map(file =>
    fs.readFileSync(path.join(root, file), 'utf8'),
  ).reduce((count, text) => count + (text.match(/^kind: /gm)?.length ?? 0), 0);
}
