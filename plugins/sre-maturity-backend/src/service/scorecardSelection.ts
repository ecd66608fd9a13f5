import { ScorecardFilter } from '@sre-maturity/backstage-plugin-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ScorecardSelection } from '../database/types';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';

const DAY_MS = 24 * 60 * 60 * 1000;

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
    staleBefore: new Date(Date.now() - staleAfterDays * DAY_MS),
  };
}
