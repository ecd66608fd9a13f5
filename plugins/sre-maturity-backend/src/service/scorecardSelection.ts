import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ScorecardFilter, ScorecardSelection } from '../database/types';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The scorecard rows a caller asks for and may see: the filter, the
 * entities the caller may read in the catalog, and when answers turn stale.
 */
export async function scorecardSelection(options: {
  filter: ScorecardFilter;
  credentials: BackstageCredentials;
  visibility: EntityVisibilityResolver;
  staleAfterDays: number;
}): Promise<ScorecardSelection> {
  const { filter, credentials, visibility, staleAfterDays } = options;
  return {
    filter,
    visibility: await visibility.resolve(credentials),
    // To the minute, so that requests of the same minute share cached
    // facet counts and totals.
    staleBefore: new Date(
      Math.floor((Date.now() - staleAfterDays * DAY_MS) / MINUTE_MS) *
        MINUTE_MS,
    ),
  };
}
