import {
  Campaign,
  CampaignHistoryEvent,
  CampaignInput,
} from '@sre-maturity/backstage-plugin-common';

/** A change based on a stale revision leaves the campaign as it is now. */
export type CampaignChange =
  | { type: 'written'; campaign: Campaign }
  | { type: 'conflict'; current: Campaign }
  | { type: 'missing' };

/** Who changes a campaign, and when. */
export interface CampaignChangeBy {
  actor: string;
  now: Date;
}

/**
 * The campaigns created in the portal, with every change of each. Each
 * write and its history entry are one transaction.
 */
export interface CampaignStore {
  /** Every stored campaign. */
  listCampaigns(): Promise<Campaign[]>;

  getCampaign(id: string): Promise<Campaign | undefined>;

  /** Stores a new campaign at revision 1. */
  createCampaign(
    id: string,
    input: CampaignInput,
    by: CampaignChangeBy,
  ): Promise<Campaign>;

  /** Replaces a campaign if it is still at `revision`. */
  updateCampaign(
    id: string,
    revision: number,
    input: CampaignInput,
    by: CampaignChangeBy,
  ): Promise<CampaignChange>;

  /** Deletes a campaign if it is still at `revision`; its history stays. */
  deleteCampaign(
    id: string,
    revision: number,
    by: CampaignChangeBy,
  ): Promise<CampaignChange>;

  /** The changes of a campaign, newest first. */
  getCampaignHistory(id: string): Promise<CampaignHistoryEvent[]>;
}
