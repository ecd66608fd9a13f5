import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ScorecardFilter, sreMaturityApiRef } from '../../api';
import {
  ScorecardView,
  toGroupsQuery,
  toScorecardFilter,
  toScorecardQuery,
} from './scorecardView';
import { useDeepStable } from './useDeepStable';

/**
 * Everything the page loads for a view. Each request runs again only when
 * what it asks for changes: the summary's not on paging, the groups not in the
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
  // The summary waits for the rows of a new filter: its queries are the
  // heavier ones, and would compete with the rows' for the database.
  const [summaryFilter, setSummaryFilter] = useState<ScorecardFilter>();
  const scorecard = useAsync(async () => {
    const page = await api.getScorecard(scorecardQuery);
    setSummaryFilter(filter);
    return page;
  }, [api, scorecardQuery]);
  const groups = useAsync(
    async () => (groupsQuery ? api.getScorecardGroups(groupsQuery) : undefined),
    [api, groupsQuery],
  );
  const trend = useAsync(
    async () => summaryFilter && api.getScorecardTrend(summaryFilter),
    [api, summaryFilter],
  );
  const areaCounts = useAsync(
    async () => summaryFilter && api.getScorecardAreas(summaryFilter),
    [api, summaryFilter],
  );

  return { model, scorecard, groups, trend, areaCounts };
}
