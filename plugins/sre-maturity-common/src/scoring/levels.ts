import { MaturityLevel, PHASES } from '../model/types';

/**
 * Every maturity level, weakest first.
 *
 * @public
 */
export const MATURITY_LEVELS: readonly MaturityLevel[] = [
  'not-started',
  ...PHASES,
];

/**
 * Orders maturity levels: not-started 0, crawl 1, walk 2, run 3.
 *
 * @public
 */
export function levelRank(level: MaturityLevel): number {
  return PHASES.indexOf(level as (typeof PHASES)[number]) + 1;
}

/**
 * The level of a rank, the inverse of {@link levelRank}: for ranks read
 * back from storage; an unknown rank is `not-started`.
 *
 * @public
 */
export function levelOfRank(rank: number): MaturityLevel {
  return MATURITY_LEVELS[rank] ?? 'not-started';
}

/**
 * Display names of the maturity levels.
 *
 * @public
 */
export const MATURITY_LEVEL_TITLES: Record<MaturityLevel, string> = {
  'not-started': 'Not started',
  crawl: 'Crawl',
  walk: 'Walk',
  run: 'Run',
};

/**
 * A count of zero per level: what a group, area or selection without
 * entities counts, and where grouped counts start from.
 *
 * @public
 */
export function emptyLevelCounts(): Record<MaturityLevel, number> {
  return Object.fromEntries(MATURITY_LEVELS.map(level => [level, 0])) as Record<
    MaturityLevel,
    number
  >;
}
