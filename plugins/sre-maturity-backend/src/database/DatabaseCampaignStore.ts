import {
  Campaign,
  CampaignHistoryEvent,
  CampaignInput,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { readJson, readTimestamp } from './conversions';
import {
  CampaignChange,
  CampaignChangeBy,
  CampaignStore,
} from './CampaignStore';
import {
  CAMPAIGN_HISTORY,
  CAMPAIGNS,
  CampaignHistoryRow,
  CampaignRow,
} from './tables';

function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    filter: readJson(row.filter, {}),
    target: readJson(row.target, {}),
    startsOn: row.starts_on,
    deadline: row.deadline,
    managers: readJson(row.managers, []),
    source: 'database',
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: readTimestamp(row.created_at)!,
    updatedAt: readTimestamp(row.updated_at)!,
  };
}

/** The columns an input sets. */
function inputColumns(input: CampaignInput) {
  return {
    title: input.title,
    description: input.description ?? '',
    filter: JSON.stringify(input.filter),
    target: JSON.stringify(input.target),
    starts_on: input.startsOn,
    deadline: input.deadline,
    managers: JSON.stringify(input.managers),
  };
}

/** Keeps the campaigns in the plugin's database. */
export class DatabaseCampaignStore implements CampaignStore {
  constructor(private readonly db: Knex) {}

  async listCampaigns(): Promise<Campaign[]> {
    const rows = await this.db<CampaignRow>(CAMPAIGNS).orderBy('id');
    return rows.map(toCampaign);
  }

  async getCampaign(id: string): Promise<Campaign | undefined> {
    const row = await this.db<CampaignRow>(CAMPAIGNS).where({ id }).first();
    return row && toCampaign(row);
  }

  async createCampaign(
    id: string,
    input: CampaignInput,
    by: CampaignChangeBy,
  ): Promise<Campaign> {
    return this.db.transaction(async tx => {
      await tx(CAMPAIGNS).insert({
        id,
        ...inputColumns(input),
        revision: 1,
        created_by: by.actor,
        created_at: by.now,
        updated_at: by.now,
      });
      return this.recordChange(tx, id, 'created', by);
    });
  }

  async updateCampaign(
    id: string,
    revision: number,
    input: CampaignInput,
    by: CampaignChangeBy,
  ): Promise<CampaignChange> {
    return this.db.transaction(async tx => {
      const updated = await tx(CAMPAIGNS)
        .where({ id, revision })
        .update({
          ...inputColumns(input),
          revision: revision + 1,
          updated_at: by.now,
        });
      if (!updated) {
        return this.refusal(tx, id);
      }
      const campaign = await this.recordChange(tx, id, 'updated', by);
      return { type: 'written', campaign };
    });
  }

  async deleteCampaign(
    id: string,
    revision: number,
    by: CampaignChangeBy,
  ): Promise<CampaignChange> {
    return this.db.transaction(async tx => {
      const row = await tx<CampaignRow>(CAMPAIGNS)
        .where({ id, revision })
        .first();
      if (!row) {
        return this.refusal(tx, id);
      }
      const deleted = await tx(CAMPAIGNS).where({ id, revision }).delete();
      if (!deleted) {
        return this.refusal(tx, id);
      }
      const campaign = toCampaign(row);
      await this.insertHistory(tx, campaign, 'deleted', by);
      return { type: 'written', campaign };
    });
  }

  async getCampaignHistory(id: string): Promise<CampaignHistoryEvent[]> {
    const rows = await this.db<CampaignHistoryRow>(CAMPAIGN_HISTORY)
      .where('campaign_id', id)
      .orderBy('id', 'desc');
    return rows.map(row => ({
      revision: row.revision,
      action: row.action,
      actor: row.actor,
      at: readTimestamp(row.at)!,
      campaign: readJson<Campaign>(row.campaign, {} as Campaign),
    }));
  }

  /** Why a change by revision wrote nothing: a newer revision, or no campaign. */
  private async refusal(tx: Knex.Transaction, id: string) {
    const row = await tx<CampaignRow>(CAMPAIGNS).where({ id }).first();
    return row
      ? ({ type: 'conflict', current: toCampaign(row) } as const)
      : ({ type: 'missing' } as const);
  }

  /** Logs the campaign as it now is. */
  private async recordChange(
    tx: Knex.Transaction,
    id: string,
    action: 'created' | 'updated',
    by: CampaignChangeBy,
  ): Promise<Campaign> {
    const row = await tx<CampaignRow>(CAMPAIGNS).where({ id }).first();
    const campaign = toCampaign(row!);
    await this.insertHistory(tx, campaign, action, by);
    return campaign;
  }

  private async insertHistory(
    tx: Knex.Transaction,
    campaign: Campaign,
    action: CampaignHistoryRow['action'],
    by: CampaignChangeBy,
  ) {
    await tx(CAMPAIGN_HISTORY).insert({
      campaign_id: campaign.id,
      revision: campaign.revision,
      action,
      actor: by.actor,
      at: by.now,
      campaign: JSON.stringify(campaign),
    });
  }
}
