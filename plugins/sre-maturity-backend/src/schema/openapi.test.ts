import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { spec } from './openapi';

describe('openapi', () => {
  it('the typed router is generated from the current openapi.yaml', () => {
    const source = YAML.parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    // Run `yarn generate:openapi` when this fails.
    expect(spec).toEqual(source);
  });
});
