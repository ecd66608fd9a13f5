import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { sreMaturityApiRef } from '../../api';
import {
  ScorecardView,
  toGroupsQuery,
  toScorecardFilter,
  toScorecardQuery,
} from './scorecardView';
import { useDeepStable } from './useDeepStable';

/**
 * Everything the page loads for a view. Each request runs again only when
 * what it asks for changes: the trend and the area distribution not on paging, the groups not in the
 * entity view. While grouped, one entity row is enough for facets and totals.
 */
export function useScorecardData(view: ScorecardView) {
  const api = useApi(sreMaturityApiRef);
  const filter = useDeepStable(toScorecardFilter(view.filters));
  const scorecardQuery = useDeepStable(
    view.groupBy ? { ...filter, limit: 1 } : toScorecardQuery(view),
  );
  const groupsQuery = useDeepStable(
    view.groupBy ? toGroupsQuery(view, view.groupBy) : null,
  );

  const model = useAsync(() => api.getModel(), [api]);
  const scorecard = useAsync(
    () => api.getScorecard(scorecardQuery),
    [api, scorecardQuery],
  );
  const groups = useAsync(
    async () => (groupsQuery ? api.getScorecardGroups(groupsQuery) : undefined),
    [api, groupsQuery],
  );
  const trend = useAsync(() => api.getScorecardTrend(filter), [api, filter]);
  const areaCounts = useAsync(
    () => api.getScorecardAreas(filter),
    [api, filter],
  );

  return { model, scorecard, groups, trend, areaCounts };
}
