import {
  findCriterion,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { Campaign } from '../../../api';
import { describeFilter, describeTarget } from '../../shared/campaignText';
import { formatDate, formatUser } from '../../shared/format';

/** One field of a campaign, as it was and as it became. */
export interface CampaignFieldChange {
  field: string;
  before: string;
  after: string;
}

const NONE = '—';

/** What a campaign asks, its named criteria by title. */
function describeTargetInFull(campaign: Campaign, model: MaturityModel) {
  const { criteria = [], ...rest } = campaign.target;
  const titles = criteria.map(
    id => findCriterion(model, id)?.title ?? `${id} (not in the model)`,
  );
  return [
    describeTarget({ ...campaign, target: rest }, model.areas),
    titles.length ? `criteria: ${titles.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The fields a user sets, by the names the campaign's dialog gives them. */
function readableFields(
  campaign: Campaign,
  model: MaturityModel,
): Array<[string, string]> {
  return [
    ['Title', campaign.title],
    ['Description', campaign.description || NONE],
    ['Covers', describeFilter(campaign.filter)],
    ['Target', describeTargetInFull(campaign, model) || NONE],
    ['Starts', formatDate(campaign.startsOn)],
    ['Deadline', formatDate(campaign.deadline)],
    ['Managers', campaign.managers.map(formatUser).join(', ') || NONE],
  ];
}

/**
 * What a change did to a campaign, field by field, in the words the
 * campaign's page uses; only the fields that differ.
 */
export function campaignChanges(
  before: Campaign,
  after: Campaign,
  model: MaturityModel,
): CampaignFieldChange[] {
  const old = readableFields(before, model);
  return readableFields(after, model).flatMap(([field, value], index) =>
    old[index][1] === value
      ? []
      : [{ field, before: old[index][1], after: value }],
  );
}
