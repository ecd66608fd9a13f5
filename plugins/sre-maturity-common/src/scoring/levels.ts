import { MaturityLevel, PHASES } from '../model/types';

/**
 * Orders maturity levels: not-started 0, crawl 1, walk 2, run 3.
 *
 * @public
 */
export function levelRank(level: MaturityLevel): number {
  return PHASES.indexOf(level as (typeof PHASES)[number]) + 1;
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
