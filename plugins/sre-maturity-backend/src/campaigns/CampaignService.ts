import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  Campaign,
  CampaignHistoryEvent,
  CampaignInput,
  CampaignListItem,
  CampaignProgress,
  EntityCampaign,
} from '@sre-maturity/backstage-plugin-common';
import { EntityVisibility } from '../database/types';

/** A write based on a stale revision, and the campaign as it is now. */
export type CampaignWriteOutcome =
  | { type: 'written'; campaign: Campaign }
  | { type: 'conflict'; current: Campaign };

/**
 * The campaigns, stored and from configuration, and their progress. The
 * REST API and the notifications read through here. Reads without a
 * `visibility` count every entity on the scorecard.
 */
export interface CampaignService {
  /** Every campaign, by deadline, then title. */
  listCampaigns(): Promise<Campaign[]>;

  /** Every campaign with its standing on `now`'s day. */
  listCampaignStandings(
    now: Date,
    visibility?: EntityVisibility,
  ): Promise<CampaignListItem[]>;

  /** One campaign; `NotFoundError` when there is none. */
  getCampaign(id: string): Promise<Campaign>;

  /**
   * Where a campaign stands on `now`'s day (UTC), per team, and its
   * burn-up; `NotFoundError` when there is none.
   */
  getProgress(
    id: string,
    now: Date,
    visibility?: EntityVisibility,
  ): Promise<CampaignProgress>;

  /** The changes of a stored campaign, newest first. */
  getHistory(id: string): Promise<CampaignHistoryEvent[]>;

  /** The campaigns covering one entity the caller may read. */
  getEntityCampaigns(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
    now: Date,
  ): Promise<EntityCampaign[]>;

  createCampaign(
    input: CampaignInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<Campaign>;

  updateCampaign(
    id: string,
    revision: number,
    input: CampaignInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<CampaignWriteOutcome>;

  deleteCampaign(
    id: string,
    revision: number,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<CampaignWriteOutcome>;
}
