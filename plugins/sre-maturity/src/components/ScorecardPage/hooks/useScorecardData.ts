import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { sreMaturityApiRef } from '../../../api';
import {
  ScorecardView,
  toExemptQuery,
  toGroupsQuery,
  toScorecardFilter,
  toScorecardQuery,
} from '../view/scorecardView';
import { useDeepStable } from './useDeepStable';
import { usePaintedValue } from './usePaintedValue';

/**
 * Everything the page loads for a view. Each request runs again only when
 * what it asks for changes: the summary's not on paging, the groups not in the
 * entity view. While grouped or listing the exempt entities, one entity row
 * is enough for the totals; one exempt entity is enough for their count,
 * until they are listed.
 */
export function useScorecardData(view: ScorecardView) {
  const api = useApi(sreMaturityApiRef);
  const filter = useDeepStable(toScorecardFilter(view.filters));
  const scorecardQuery = useDeepStable(
    view.groupBy || view.exempt
      ? { ...filter, limit: 1 }
      : toScorecardQuery(view),
  );
  const groupsQuery = useDeepStable(
    view.groupBy ? toGroupsQuery(view, view.groupBy) : null,
  );
  const exemptQuery = useDeepStable(toExemptQuery(view));

  const model = useAsync(() => api.getModel(), [api]);
  // The rows come without facet counts. The counts and the summary wait until
  // a filter's rows are on screen: theirs are the heavier queries, and would
  // compete with the rows' for the database and with their rendering for the
  // processor.
  const rows = useAsync(
    async () => ({
      page: await api.getScorecardRows(scorecardQuery),
      filter,
    }),
    [api, scorecardQuery],
  );
  const scorecard = { ...rows, value: rows.value?.page };
  const summaryFilter = usePaintedValue(rows.value?.filter);
  const groups = useAsync(
    async () => (groupsQuery ? api.getScorecardGroups(groupsQuery) : undefined),
    [api, groupsQuery],
  );
  const exempt = useAsync(
    () => api.getScorecardExempt(exemptQuery),
    [api, exemptQuery],
  );
  const facets = useAsync(
    async () => summaryFilter && api.getScorecardFacets(summaryFilter),
    [api, summaryFilter],
  );
  const trend = useAsync(
    async () => summaryFilter && api.getScorecardTrend(summaryFilter),
    [api, summaryFilter],
  );
  const areaCounts = useAsync(
    async () => summaryFilter && api.getScorecardAreas(summaryFilter),
    [api, summaryFilter],
  );

  return { model, scorecard, facets, groups, exempt, trend, areaCounts };
}
