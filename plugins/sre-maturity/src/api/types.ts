import { ScorecardResponse } from '@sre-maturity/backstage-plugin-common';

// The API's types are generated from the backend's spec into the common
// package; they are exported here too, under the names the plugin exported.
export type {
  AreaCell,
  AssessmentUpdateRequest,
  Campaign,
  CampaignBurnUpPoint,
  CampaignFilter,
  CampaignHistory,
  CampaignHistoryEvent,
  CampaignInput,
  CampaignList,
  CampaignListItem,
  CampaignNeeds,
  CampaignProgress,
  CampaignStanding,
  CampaignTarget,
  CampaignTeam,
  CampaignUpdateRequest,
  EntityAssessment,
  EntityCampaign,
  EntityCampaigns,
  EntitySummary,
  EntityTrend,
  ExemptEntity,
  ExemptPage,
  FacetCount,
  GroupMaturity,
  GroupMaturityQuery,
  GroupRow,
  GroupsPage,
  HistoryEvent,
  HistoryPage,
  HistoryQuery,
  LevelCounts,
  ModelResponse,
  OrgTrend,
  OrgTrendPoint,
  ScorecardAreas,
  ScorecardExemptQuery,
  ScorecardFacetCounts,
  ScorecardFacets,
  ScorecardFilter,
  ScorecardGroupBy,
  ScorecardGroupsQuery,
  ScorecardQuery,
  ScorecardRow,
  ScorecardTotals,
  ScorecardTrendQuery,
  SortOrder,
  SyncTrigger,
  TrendPoint,
  TrendRange,
} from '@sre-maturity/backstage-plugin-common';

/**
 * A page of the scorecard without its facet counts, which
 * `SreMaturityApi.getScorecardFacets` reads apart.
 *
 * @public
 */
export type ScorecardRowsPage = Omit<ScorecardResponse, 'facets'>;

/**
 * The scorecard as a CSV file.
 *
 * @public
 */
export interface ScorecardExport {
  blob: Blob;
  fileName: string;
}
