import {
  levelRank,
  MaturityLevel,
  PHASES,
} from '@sre-maturity/backstage-plugin-common';

/** Every level, weakest first. */
export const LEVELS: readonly MaturityLevel[] = ['not-started', ...PHASES];

/** The inverse of `levelRank`, for ranks read back from the database. */
export function levelOfRank(rank: number): MaturityLevel {
  return LEVELS.find(level => levelRank(level) === rank) ?? 'not-started';
}

/** A count of zero per level, to fill in from grouped SQL results. */
export function emptyLevelCounts(): Record<MaturityLevel, number> {
  return Object.fromEntries(LEVELS.map(level => [level, 0])) as Record<
    MaturityLevel,
    number
  >;
}
