import { ResponseError } from '@backstage/errors';
import {
  Campaign,
  CampaignHistoryEvent,
  CampaignProgress,
  ModelResponse,
  SreMaturityApi,
} from '../../api';

/** What a campaign's page shows: the campaign, or what is kept of it. */
export type CampaignPageData =
  | {
      type: 'current';
      campaign: Campaign;
      progress: CampaignProgress;
      model: ModelResponse;
    }
  | {
      type: 'deleted';
      /** Newest first: the deletion, then the changes before it. */
      history: CampaignHistoryEvent[];
      model: ModelResponse;
    };

/**
 * A campaign with its progress; for one that was deleted, its kept
 * history. Rejects with the campaign's 404 for an id no campaign had.
 */
export async function loadCampaignPage(
  api: SreMaturityApi,
  id: string,
): Promise<CampaignPageData> {
  const model = api.getModel();
  try {
    const [campaign, progress] = await Promise.all([
      api.getCampaign(id),
      api.getCampaignProgress(id),
      model,
    ]);
    return { type: 'current', campaign, progress, model: await model };
  } catch (error) {
    if (!ResponseError.is(error) || error.statusCode !== 404) {
      throw error;
    }
    const history = await api.getCampaignHistory(id).catch(() => {
      throw error;
    });
    if (history.items[0]?.action !== 'deleted') {
      throw error;
    }
    return { type: 'deleted', history: history.items, model: await model };
  }
}
