import { BenchCatalogData } from './generateCatalog';

/**
 * One scorecard request: filters and sort as query parameters, and where the
 * page starts as a fraction of the matching rows (0 is the first page).
 */
export interface ScorecardVariant {
  params: Array<[string, string]>;
  depth: number;
}

const short = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/**
 * A spread of 50-row scorecard pages: every filter, every kind of sort
 * (plain and nullable columns, computed ones, an area), both directions,
 * first pages and pages deep into the result.
 */
export function scorecardVariants(data: BenchCatalogData): ScorecardVariant[] {
  const bigTeam = short(data.owners[0]);
  const midTeam = short(data.owners[20]);
  const smallTeam = short(data.owners[170]);
  const system = short(data.systems[7]);
  const v = (depth: number, ...params: Array<[string, string]>) => ({
    params,
    depth,
  });
  return [
    v(0),
    v(0, ['orderBy', 'score'], ['order', 'desc']),
    v(0.9, ['orderBy', 'score'], ['order', 'asc']),
    v(0.5),
    v(1),
    v(0, ['orderBy', 'overall'], ['order', 'desc']),
    v(0.6, ['orderBy', 'lastAssessedAt'], ['order', 'desc']),
    v(0, ['orderBy', 'lastAssessedAt'], ['order', 'asc']),
    v(0.3, ['orderBy', 'title']),
    v(0, ['orderBy', 'owner'], ['order', 'desc']),
    v(0.7, ['orderBy', 'system']),
    v(0, ['orderBy', 'gap'], ['order', 'desc']),
    v(0.2, ['orderBy', 'stale'], ['order', 'desc']),
    v(0, ['orderBy', 'entityRef'], ['order', 'desc']),
    v(0, ['orderBy', 'observability'], ['order', 'desc']),
    v(0.8, ['orderBy', 'on-call']),
    v(
      0,
      ['orderBy', 'releasing'],
      ['order', 'desc'],
      ['lifecycle', 'production'],
    ),
    v(0, ['owner', bigTeam]),
    v(0.5, ['owner', bigTeam], ['orderBy', 'score'], ['order', 'desc']),
    v(0, ['owner', midTeam], ['orderBy', 'lastAssessedAt']),
    v(0, ['owner', smallTeam]),
    v(0, ['owner', bigTeam], ['owner', midTeam], ['tag', 'java']),
    v(0, ['system', system], ['orderBy', 'overall']),
    v(0, ['tag', 'kafka']),
    v(0.5, ['tag', 'pci'], ['tag', 'gdpr'], ['orderBy', 'score']),
    v(0, ['phase', 'crawl']),
    v(0.5, ['phase', 'walk'], ['phase', 'run'], ['orderBy', 'name']),
    v(0, ['phase', 'not-started'], ['kind', 'Component'], ['type', 'service']),
    v(0, ['stale', 'true']),
    v(0.5, ['stale', 'true'], ['orderBy', 'lastAssessedAt']),
    v(0, ['stale', 'false'], ['belowTarget', 'false']),
    v(0, ['belowTarget', 'true'], ['orderBy', 'gap'], ['order', 'desc']),
    v(0.9, ['belowTarget', 'true']),
    v(0, ['q', 'pay']),
    v(0, ['q', 'checkout-api-1'], ['orderBy', 'score'], ['order', 'desc']),
    v(0.5, ['q', 'service'], ['orderBy', 'title']),
    v(0, ['kind', 'API'], ['lifecycle', 'deprecated']),
    v(0, ['type', 'website'], ['stale', 'true'], ['orderBy', 'security']),
    v(
      0,
      ['owner', midTeam],
      ['lifecycle', 'production'],
      ['belowTarget', 'true'],
      ['orderBy', 'gap'],
      ['order', 'desc'],
    ),
    v(
      0.5,
      ['lifecycle', 'production'],
      ['orderBy', 'failures'],
      ['order', 'desc'],
    ),
  ];
}

/** The query string of a variant's page at `offset`. */
export function scorecardQuery(
  variant: ScorecardVariant,
  page: { limit: number; offset: number },
): string {
  const search = new URLSearchParams(variant.params);
  search.set('limit', String(page.limit));
  search.set('offset', String(page.offset));
  return search.toString();
}
