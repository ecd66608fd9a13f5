import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_EXCLUDE_KINDS } from '@sre-maturity/backstage-plugin-common';
import { stringify } from 'yaml';
import { generateRealisticCatalog } from '../src/__testUtils__/realisticCatalog';

// `yarn generate:catalog`: writes the realistic test catalog as a catalog
// file for a portal to read (see the README, "Trying it on a realistic
// catalog"). A relative --out is relative to the root of the repository.

const USAGE = `Usage: yarn generate:catalog [--entities 2000] [--seed 19] [--out FILE] [--foreign-kinds]

  --entities N      how many entities (at least 100; default 2000)
  --seed N          another seed gives another catalog (default 19)
  --out FILE        where to write, relative to the root of the repository
                    (default examples/generated-catalog.local.yaml)
  --foreign-kinds   add Templates and the custom kinds Database and Widget, which a
                    catalog rejects unless the scaffolder or a processor for them is
                    installed`;

function main() {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '19' },
      out: { type: 'string' },
      'foreign-kinds': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (values.help || !Number.isInteger(entities) || entities < 100) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 1);
  }
  if (!Number.isInteger(seed)) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(1);
  }
  const repoRoot = path.resolve(__dirname, '../../..');
  const out = path.resolve(
    repoRoot,
    values.out ?? 'examples/generated-catalog.local.yaml',
  );

  const catalog = generateRealisticCatalog({
    entities,
    seed,
    foreignKinds: values['foreign-kinds'],
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    catalog.entities.map(entity => stringify(entity)).join('---\n'),
  );

  const excluded = new Set(
    DEFAULT_EXCLUDE_KINDS.map(kind => kind.toLocaleLowerCase('en-US')),
  );
  const facts = [...catalog.expected.values()];
  const scorable = facts.filter(
    fact => !excluded.has(fact.kind.toLocaleLowerCase('en-US')) && !fact.exempt,
  );
  const kinds = [...new Set(facts.map(fact => fact.kind))].sort();
  const target = path.relative(path.join(repoRoot, 'packages/backend'), out);
  process.stdout.write(
    `Wrote ${facts.length} entities to ${out}
Kinds: ${kinds.join(', ')}
With the default sreMaturity.excludeKinds, ${
      scorable.length
    } of them belong on the scorecard.

To read it in the portal, add to app-config.local.yaml:

catalog:
  locations:
    - type: file
      target: ${target}
      rules:
        - allow: [${kinds.join(', ')}]
`,
  );
}

main();
