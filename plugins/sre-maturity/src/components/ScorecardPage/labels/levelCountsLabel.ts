import {
  emptyLevelCounts,
  MATURITY_LEVEL_TITLES,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';
import { LevelCounts } from '../../../api';

/** E.g. `Observability: 2 Not started, 1 Crawl, 0 Walk, 4 Run`. */
export function levelCountsLabel(title: string, counts: LevelCounts): string {
  const parts = MATURITY_LEVELS.map(
    level => `${counts[level]} ${MATURITY_LEVEL_TITLES[level]}`,
  );
  return `${title}: ${parts.join(', ')}`;
}

/** The counts of a group or area without entities. */
export const NO_ENTITIES: LevelCounts = emptyLevelCounts();
