import os from 'node:os';
import {
  assessEntity,
  DEFAULT_EXCLUDE_KINDS,
  defaultModel,
  findCatalogEvidence,
  readExemption,
  readTargets,
} from '@sre-maturity/backstage-plugin-common';
import { generateRealisticCatalog } from '../src/__testUtils__/realisticCatalog';
import { formatTable } from './stats';

// `yarn bench coverage`: how much of the model an entity's automatic
// evidence proves on day one, before anyone records an answer. It assesses
// the entities of the realistic generated catalog that the scorecard keeps
// (not of an excluded kind, not exempt) with the default model and no
// answers, as the sync does, and prints the share of criteria met per area
// and per evidence source, and how many entities reach Crawl in at least
// one area. Every criterion applies to every entity for now (#15).

const entityCount = Number(process.env.BENCH_ENTITIES ?? 2000);
const excluded = new Set(DEFAULT_EXCLUDE_KINDS.map(kind => kind.toLowerCase()));

const percent = (part: number, whole: number) =>
  whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';

/** Prints the coverage; see the comment at the top. */
export async function measureEvidenceCoverage() {
  const model = defaultModel;
  const scored = generateRealisticCatalog({ entities: entityCount })
    .entities.filter(entity => !excluded.has(entity.kind.toLowerCase()))
    .filter(entity => !readExemption(entity.metadata.annotations).exempt);

  const perArea = new Map(
    model.areas.map(area => [area.id, { met: 0, criteria: 0 }]),
  );
  const perSource = new Map<string, number>();
  let reachingCrawl = 0;
  let criteriaMet = 0;
  let criteria = 0;

  for (const entity of scored) {
    const evidence = findCatalogEvidence(model, entity);
    const { targets } = readTargets(model, entity.metadata.annotations);
    const result = assessEntity({ model, answers: [], evidence, targets });
    if (result.areas.some(area => area.level !== 'not-started')) {
      reachingCrawl += 1;
    }
    for (const area of result.areas) {
      for (const criterion of area.criteria) {
        const counts = perArea.get(area.areaId)!;
        counts.criteria += 1;
        criteria += 1;
        if (criterion.status !== 'met') continue;
        counts.met += 1;
        criteriaMet += 1;
        // A criterion met by several values counts once per source.
        const sources = new Set(
          criterion.evidence.map(e => `${e.provider}: ${e.key}`),
        );
        for (const source of sources) {
          perSource.set(source, (perSource.get(source) ?? 0) + 1);
        }
      }
    }
  }

  const areaTitle = (id: string) =>
    model.areas.find(area => area.id === id)?.title ?? id;
  process.stdout.write(
    `Evidence coverage, ${new Date().toISOString().slice(0, 10)}, ${
      os.cpus().length
    } CPUs: ${
      scored.length
    } scored entities of a realistic catalog of ${entityCount}, default model, no answers\n\n`,
  );
  process.stdout.write(
    `${formatTable([
      ['Area', 'Criteria met', 'of', 'Share'],
      ...[...perArea].map(([id, { met, criteria: all }]) => [
        areaTitle(id),
        String(met),
        String(all),
        percent(met, all),
      ]),
      [
        'All areas',
        String(criteriaMet),
        String(criteria),
        percent(criteriaMet, criteria),
      ],
    ])}\n\n`,
  );
  process.stdout.write(
    `${formatTable([
      [
        'Source (provider: annotation or link type)',
        'Criteria met',
        'Share of all criteria',
      ],
      ...[...perSource]
        .sort(([, a], [, b]) => b - a)
        .map(([source, met]) => [source, String(met), percent(met, criteria)]),
    ])}\n\n`,
  );
  process.stdout.write(
    `Entities at Crawl or above in at least one area from automatic evidence alone: ${reachingCrawl} of ${
      scored.length
    } (${percent(reachingCrawl, scored.length)})\n`,
  );
}
