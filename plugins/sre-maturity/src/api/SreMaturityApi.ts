import { createApiRef } from '@backstage/core-plugin-api';
import {
  AssessmentUpdateRequest,
  Campaign,
  CampaignHistory,
  CampaignInput,
  CampaignList,
  CampaignProgress,
  CampaignUpdateRequest,
  EntityCampaigns,
  GroupMaturity,
  GroupMaturityQuery,
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
   * Saves all answers or none. Rejects with a {@link RevisionConflictError}
   * holding the assessment as it is now when someone saved since `revision`.
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
   * A group's roll-up through the org tree: its entities and its
   * sub-groups', with a row per direct sub-group. `groupRef` is a full ref
   * such as `group:default/payments`.
   */
  getGroupMaturity(
    groupRef: string,
    query?: GroupMaturityQuery,
  ): Promise<GroupMaturity>;

  /** Every campaign, by deadline, with where each stands today. */
  listCampaigns(): Promise<CampaignList>;

  getCampaign(id: string): Promise<Campaign>;

  /** Needs the `sre-maturity.campaign.manage` permission. */
  createCampaign(input: CampaignInput): Promise<Campaign>;

  /**
   * Replaces a stored campaign. Rejects with a {@link RevisionConflictError}
   * holding the campaign as it is now when someone changed it since
   * `revision`.
   */
  updateCampaign(id: string, request: CampaignUpdateRequest): Promise<Campaign>;

  /**
   * Deletes a stored campaign. Rejects with a {@link RevisionConflictError}
   * holding the campaign as it is now when someone changed it since
   * `revision`.
   */
  deleteCampaign(id: string, revision: number): Promise<void>;

  /** Where a campaign stands, per team, and its burn-up. */
  getCampaignProgress(id: string): Promise<CampaignProgress>;

  /**
   * Every change of a stored campaign, newest first, each with the campaign
   * as it then was; kept after the campaign is deleted, the deletion first.
   * Empty for a campaign from configuration.
   */
  getCampaignHistory(id: string): Promise<CampaignHistory>;

  /** The campaigns covering an entity and what it still needs for each. */
  getEntityCampaigns(entityRef: string): Promise<EntityCampaigns>;

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
