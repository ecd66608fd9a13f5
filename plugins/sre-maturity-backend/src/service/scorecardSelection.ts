import { ScorecardFilter } from '@sre-maturity/backstage-plugin-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { GroupTreeStore } from '../database/GroupTreeStore';
import { EntityFilter, ScorecardSelection } from '../database/types';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The filter as the database applies it: with `includeSubgroups`, the
 * owners' sub-groups at any depth join the owner filter.
 */
async function entityFilter(
  filter: ScorecardFilter,
  groupTree: GroupTreeStore,
): Promise<EntityFilter> {
  const { includeSubgroups, ...rest } = filter;
  if (!includeSubgroups || !rest.owner?.length) {
    return rest;
  }
  const tree = await groupTree.getGroupTree();
  return { ...rest, owner: tree.withSubgroups(rest.owner) };
}

/**
 * The scorecard rows a caller asks for and may see: the filter, the
 * entities the caller may read in the catalog, and when answers turn stale.
 */
export async function scorecardSelection(options: {
  filter: ScorecardFilter;
  credentials: BackstageCredentials;
  visibility: EntityVisibilityResolver;
  groupTree: GroupTreeStore;
  staleAfterDays: number;
}): Promise<ScorecardSelection> {
  const { filter, credentials, visibility, groupTree, staleAfterDays } =
    options;
  const [entities, visible] = await Promise.all([
    entityFilter(filter, groupTree),
    visibility.resolve(credentials),
  ]);
  return {
    filter: entities,
    visibility: visible,
    staleBefore: new Date(Date.now() - staleAfterDays * DAY_MS),
  };
}
