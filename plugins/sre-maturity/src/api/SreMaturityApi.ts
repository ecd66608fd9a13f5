import { createApiRef } from '@backstage/core-plugin-api';
import {
  AssessmentUpdateRequest,
  EntityAssessment,
  EntityTrend,
  ExemptPage,
  GroupsPage,
  HistoryPage,
  HistoryQuery,
  ModelResponse,
  OrgTrend,
  ScorecardAreas,
  ScorecardExemptQuery,
  ScorecardFacetCounts,
  ScorecardExport,
  ScorecardFilter,
  ScorecardGroupsQuery,
  ScorecardRowsPage,
  ScorecardQuery,
  ScorecardTrendQuery,
  SyncTrigger,
  TrendRange,
} from './types';

/**
 * The SRE maturity backend, as seen from the browser. Entity refs are full
 * refs such as `component:default/payments-api`.
 *
 * @public
 */
export interface SreMaturityApi {
  getModel(): Promise<ModelResponse>;

  getAssessment(entityRef: string): Promise<EntityAssessment>;

  /**
   * Saves all answers or none. Rejects with an
   * {@link AssessmentConflictError} when someone saved since `revision`.
   */
  updateAssessment(
    entityRef: string,
    request: AssessmentUpdateRequest,
  ): Promise<EntityAssessment>;

  getHistory(entityRef: string, query?: HistoryQuery): Promise<HistoryPage>;

  getEntityTrend(entityRef: string, range?: TrendRange): Promise<EntityTrend>;

  /**
   * A page of the scorecard with its totals. The facet counts are left out,
   * which takes the backend about half as long; read them with
   * {@link SreMaturityApi.getScorecardFacets}.
   */
  getScorecardRows(query?: ScorecardQuery): Promise<ScorecardRowsPage>;

  /** The facet counts of the filtered scorecard. */
  getScorecardFacets(query?: ScorecardFilter): Promise<ScorecardFacetCounts>;

  getScorecardGroups(query: ScorecardGroupsQuery): Promise<GroupsPage>;

  getScorecardTrend(query?: ScorecardTrendQuery): Promise<OrgTrend>;

  getScorecardAreas(query?: ScorecardFilter): Promise<ScorecardAreas>;

  /**
   * The entities the scorecard leaves out for their exemption, with the
   * reason; only those the user may read.
   */
  getScorecardExempt(query?: ScorecardExemptQuery): Promise<ExemptPage>;

  /**
   * Every row of the filtered, sorted scorecard as CSV. Fetched with the
   * user's credentials, which a plain link would not carry.
   */
  downloadExport(query?: ScorecardQuery): Promise<ScorecardExport>;

  /**
   * Asks for a catalog sync now, without waiting for it; needs the
   * `sre-maturity.sync` permission.
   */
  sync(): Promise<SyncTrigger>;
}

/**
 * The {@link SreMaturityApi}.
 *
 * @public
 */
export const sreMaturityApiRef = createApiRef<SreMaturityApi>({
  id: 'plugin.sre-maturity.service',
});
