import { AuditorService } from '@backstage/backend-plugin-api';
import { ConflictError, serializeError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { Campaign } from '@sre-maturity/backstage-plugin-common';
import { Request, Response } from 'express';
import { CampaignWriteOutcome } from '../campaigns/CampaignService';

/**
 * Runs a campaign write as an audit event named `eventId`: a stale
 * revision fails it, like any error.
 */
export async function auditedCampaignWrite(
  auditor: AuditorService,
  eventId: 'campaign-create' | 'campaign-update' | 'campaign-delete',
  request: Request<any, any, any, any>,
  meta: JsonObject,
  write: () => Promise<CampaignWriteOutcome>,
): Promise<CampaignWriteOutcome> {
  const auditorEvent = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request,
    meta,
  });
  try {
    const outcome = await write();
    if (outcome.type === 'conflict') {
      await auditorEvent.fail({ error: conflictError(meta, outcome.current) });
    } else {
      await auditorEvent.success({
        meta: { campaignId: outcome.campaign.id },
      });
    }
    return outcome;
  } catch (error) {
    await auditorEvent.fail({ error: error as Error });
    throw error;
  }
}

function conflictError(meta: JsonObject, current: Campaign): ConflictError {
  return new ConflictError(
    `Revision ${meta.revision} is stale; the campaign is at revision ${current.revision}`,
  );
}

/** Answers a write: the campaign, or 409 with the campaign as it is now. */
export function sendCampaignWrite(
  req: Request<any, any, any, any>,
  res: Response,
  outcome: CampaignWriteOutcome,
  meta: JsonObject,
  send: (campaign: Campaign) => void,
) {
  if (outcome.type === 'conflict') {
    res.status(409).json({
      error: serializeError(conflictError(meta, outcome.current)),
      request: { method: req.method, url: req.url },
      response: { statusCode: 409 },
      current: outcome.current,
    });
    return;
  }
  send(outcome.campaign);
}
