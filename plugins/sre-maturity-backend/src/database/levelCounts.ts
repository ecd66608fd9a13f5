import {
  MATURITY_LEVELS,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';

/** A count of zero per level, to fill in from grouped SQL results. */
export function emptyLevelCounts(): Record<MaturityLevel, number> {
  return Object.fromEntries(MATURITY_LEVELS.map(level => [level, 0])) as Record<
    MaturityLevel,
    number
  >;
}
