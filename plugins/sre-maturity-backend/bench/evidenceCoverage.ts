import os from 'node:os';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  assessEntity,
  AssessmentResult,
  DEFAULT_EXCLUDE_KINDS,
  defaultModel,
  Evidence,
  EVIDENCE_RELATIONS,
  findCatalogEvidence,
  findCriterion,
  readEntityFacts,
  readExemption,
  readTargets,
  TECHDOCS_ANNOTATION,
} from '@sre-maturity/backstage-plugin-common';
import { generateRealisticCatalog } from '../src/__testUtils__/realisticCatalog';
import { serveBenchRepositories } from './benchRepositories';
import { formatTable } from './stats';

// `yarn bench coverage`: how much of the model an entity's automatic
// evidence proves on day one, before anyone records an answer. It assesses
// the entities of the realistic generated catalog that the scorecard keeps
// (not of an excluded kind, not exempt) with the default model and no
// answers, with the evidence of the catalog (annotations, links, TechDocs,
// relations, owners judged against the catalog's groups) and of their
// repositories (generated and read as the repository provider reads them,
// see benchRepositories.ts). It prints the share of criteria met per area
// and per evidence source, and how many entities reach Crawl in at least
// one area, with and without the repositories.

const entityCount = Number(process.env.BENCH_ENTITIES ?? 2000);
const excluded = new Set(DEFAULT_EXCLUDE_KINDS.map(kind => kind.toLowerCase()));
/** Repositories read at the same time, as the scheduled refresh would. */
const READ_CONCURRENCY = 8;

const SOURCES = [
  'annotation',
  'link',
  'techdocs',
  'relation',
  'repository',
] as const;
type Source = (typeof SOURCES)[number];

const percent = (part: number, whole: number) =>
  whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';

/** Which kind of source a piece of evidence comes from. */
function sourceOf(evidence: Evidence): Source {
  if (evidence.provider !== 'annotation') {
    return 'repository';
  }
  if (evidence.key === TECHDOCS_ANNOTATION) {
    return 'techdocs';
  }
  if ((EVIDENCE_RELATIONS as readonly string[]).includes(evidence.key)) {
    return 'relation';
  }
  const rule = findCriterion(defaultModel, evidence.criterionId)?.evidence;
  return rule?.annotations?.includes(evidence.key) ? 'annotation' : 'link';
}

/** What an entity is, as the coverage is broken down. */
function groupOf(entity: Entity): string {
  if (entity.kind !== 'Component') {
    return entity.kind;
  }
  return String(entity.spec?.type).toLocaleLowerCase('en-US') === 'library'
    ? 'Component (library)'
    : 'Component (other types)';
}

type AreaOutcome = AssessmentResult['areas'][number];

/**
 * At Crawl or above because evidence met its applicable Crawl criteria. An
 * area none of whose Crawl criteria applies reaches Crawl without any (a
 * phase with nothing applicable does not block): that is not counted.
 */
const crawlFromEvidence = (area: AreaOutcome) =>
  area.applicable &&
  area.level !== 'not-started' &&
  area.criteria.some(c => c.phase === 'crawl' && c.origin !== 'model');

const crawlWithoutCriteria = (area: AreaOutcome) =>
  area.applicable && area.level !== 'not-started' && !crawlFromEvidence(area);

const reachesCrawl = (result: AssessmentResult) =>
  result.areas.some(crawlFromEvidence);

/** Runs `task` on every item, `limit` at a time. */
async function forEach<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        await task(items[next++]);
      }
    }),
  );
}

/** Prints the coverage; see the comment at the top. */
export async function measureEvidenceCoverage() {
  const model = defaultModel;
  const catalog = generateRealisticCatalog({ entities: entityCount });
  const groupRefs = new Set(
    catalog.entities
      .filter(entity => entity.kind === 'Group')
      .map(group => stringifyEntityRef(group).toLocaleLowerCase('en-US')),
  );
  const kept = catalog.entities
    .filter(entity => !excluded.has(entity.kind.toLowerCase()))
    .filter(entity => !readExemption(entity.metadata.annotations).exempt);
  const repositories = await serveBenchRepositories(kept);

  const perArea = new Map(
    model.areas.map(area => [
      area.id,
      { met: 0, criteria: 0, crawl: 0, vacuous: 0 },
    ]),
  );
  const perSource = new Map<Source, number>(SOURCES.map(s => [s, 0]));
  const perKey = new Map<string, number>();
  const perGroup = new Map<
    string,
    { entities: number; crawl: number; crawlFromCatalog: number }
  >();
  let reachingCrawl = 0;
  let reachingCrawlFromCatalog = 0;
  let unreadable = 0;
  let criteriaMet = 0;
  let criteria = 0;

  const assess = (entity: Entity, evidence: Evidence[]) =>
    assessEntity({
      model,
      entity: readEntityFacts(entity),
      answers: [],
      evidence,
      targets: readTargets(model, entity.metadata.annotations).targets,
    });

  try {
    await forEach(repositories.entities, READ_CONCURRENCY, async entity => {
      const fromCatalog = findCatalogEvidence(model, entity, { groupRefs });
      let fromRepository: Evidence[] = [];
      try {
        fromRepository = await repositories.provider.getEvidence({
          entity,
          model,
        });
      } catch {
        unreadable += 1;
      }
      const result = assess(entity, [...fromCatalog, ...fromRepository]);
      const group = groupOf(entity);
      const ofGroup = perGroup.get(group) ?? {
        entities: 0,
        crawl: 0,
        crawlFromCatalog: 0,
      };
      perGroup.set(group, ofGroup);
      ofGroup.entities += 1;
      if (reachesCrawl(result)) {
        reachingCrawl += 1;
        ofGroup.crawl += 1;
      }
      if (reachesCrawl(assess(entity, fromCatalog))) {
        reachingCrawlFromCatalog += 1;
        ofGroup.crawlFromCatalog += 1;
      }
      for (const area of result.areas) {
        const counts = perArea.get(area.areaId)!;
        if (crawlFromEvidence(area)) {
          counts.crawl += 1;
        } else if (crawlWithoutCriteria(area)) {
          counts.vacuous += 1;
        }
        for (const criterion of area.criteria) {
          // Only criteria that apply to the entity count.
          if (criterion.origin === 'model') continue;
          counts.criteria += 1;
          criteria += 1;
          if (criterion.status !== 'met') continue;
          counts.met += 1;
          criteriaMet += 1;
          // A criterion met by several sources counts once for each.
          for (const source of new Set(criterion.evidence.map(sourceOf))) {
            perSource.set(source, perSource.get(source)! + 1);
          }
          const keys = new Set(
            criterion.evidence.map(e =>
              e.provider === 'annotation'
                ? `${sourceOf(e)}: ${e.key}`
                : `${e.provider}: ${e.value}`,
            ),
          );
          for (const key of keys) {
            perKey.set(key, (perKey.get(key) ?? 0) + 1);
          }
        }
      }
    });
  } finally {
    await repositories.stop();
  }

  const scored = repositories.entities.length;
  const areaTitle = (id: string) =>
    model.areas.find(area => area.id === id)?.title ?? id;
  const write = (text: string) => process.stdout.write(`${text}\n\n`);
  write(
    `Evidence coverage, ${new Date().toISOString().slice(0, 10)}, ${
      os.cpus().length
    } CPUs: ${scored} scored entities of a realistic catalog of ${entityCount}, default model, no answers. ${
      repositories.named
    } entities name a repository (${percent(
      repositories.named,
      scored,
    )}); ${unreadable} could not be read (${repositories.gone} gone).`,
  );
  write(
    formatTable([
      [
        'Area',
        'Criteria met',
        'of',
        'Share',
        'Entities at Crawl+',
        'At Crawl, nothing of it applying',
      ],
      ...[...perArea].map(([id, { met, criteria: all, crawl, vacuous }]) => [
        areaTitle(id),
        String(met),
        String(all),
        percent(met, all),
        `${crawl} (${percent(crawl, scored)})`,
        String(vacuous),
      ]),
      [
        'All areas',
        String(criteriaMet),
        String(criteria),
        percent(criteriaMet, criteria),
        '',
        '',
      ],
    ]),
  );
  write(
    formatTable([
      ['Source', 'Criteria met with it', 'Share of all criteria'],
      ...SOURCES.map(source => [
        source,
        String(perSource.get(source)),
        percent(perSource.get(source)!, criteria),
      ]),
    ]),
  );
  write(
    formatTable([
      ['Source: annotation, link type, relation or file', 'Criteria met'],
      ...[...perKey]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .slice(0, 25)
        .map(([key, met]) => [key, String(met)]),
    ]),
  );
  write(
    formatTable([
      ['Entities', 'Scored', 'At Crawl+ in an area', 'From the catalog alone'],
      ...[...perGroup]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, counts]) => [
          group,
          String(counts.entities),
          `${counts.crawl} (${percent(counts.crawl, counts.entities)})`,
          `${counts.crawlFromCatalog} (${percent(
            counts.crawlFromCatalog,
            counts.entities,
          )})`,
        ]),
    ]),
  );
  process.stdout.write(
    `Entities at Crawl or above in at least one area from automatic evidence alone: ${reachingCrawl} of ${scored} (${percent(
      reachingCrawl,
      scored,
    )}); from the catalog alone, without repositories: ${reachingCrawlFromCatalog} (${percent(
      reachingCrawlFromCatalog,
      scored,
    )})\n`,
  );
}
