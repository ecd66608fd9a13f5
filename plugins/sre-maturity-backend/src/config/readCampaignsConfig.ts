import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  Campaign,
  CampaignFilter,
  isValidSlug,
  MaturityModel,
  PhaseId,
  validateCampaignInput,
} from '@sre-maturity/backstage-plugin-common';

const CAMPAIGNS_KEY = 'sreMaturity.campaigns';
const FILTER_LISTS = [
  'kinds',
  'types',
  'lifecycles',
  'tiers',
  'tags',
  'owners',
  'systems',
] as const;

function readFilter(config: Config | undefined): CampaignFilter {
  if (!config) {
    return {};
  }
  const filter: CampaignFilter = {};
  for (const key of FILTER_LISTS) {
    const values = config.getOptionalStringArray(key);
    if (values) {
      filter[key] = values;
    }
  }
  const includeSubgroups = config.getOptionalBoolean('includeSubgroups');
  if (includeSubgroups !== undefined) {
    filter.includeSubgroups = includeSubgroups;
  }
  return filter;
}

function readAreaPhases(
  config: Config | undefined,
): Record<string, PhaseId> | undefined {
  return config
    ? Object.fromEntries(
        config
          .keys()
          .map(areaId => [areaId, config.getString(areaId) as PhaseId]),
      )
    : undefined;
}

function readCampaign(config: Config, index: number, model: MaturityModel) {
  const key = `${CAMPAIGNS_KEY}[${index}]`;
  const id = config.getString('id');
  if (!isValidSlug(id)) {
    throw new InputError(
      `${key}.id: "${id}" must be lowercase letters and digits in words joined by -`,
    );
  }
  const target = config.getConfig('target');
  const campaign: Campaign = {
    id,
    title: config.getString('title'),
    description: config.getOptionalString('description') ?? '',
    filter: readFilter(config.getOptionalConfig('filter')),
    target: {
      overall: target.getOptionalString('overall') as PhaseId | undefined,
      areas: readAreaPhases(target.getOptionalConfig('areas')),
      criteria: target.getOptionalStringArray('criteria'),
    },
    startsOn: config.getString('startsOn'),
    deadline: config.getString('deadline'),
    managers: config.getOptionalStringArray('managers') ?? [],
    source: 'config',
    revision: 0,
  };
  const problems = validateCampaignInput(model, campaign, `${key}.`);
  if (problems.length) {
    throw new InputError(
      problems.map(({ field, message }) => `${field}: ${message}`).join('; '),
    );
  }
  return campaign;
}

/**
 * The campaigns defined in `sreMaturity.campaigns`, read-only in the
 * portal. Throws an InputError naming the key of anything invalid, so that
 * the backend refuses to start.
 */
export function readCampaignsConfig(
  config: Config,
  model: MaturityModel,
): Campaign[] {
  const campaigns = (config.getOptionalConfigArray(CAMPAIGNS_KEY) ?? []).map(
    (campaign, index) => readCampaign(campaign, index, model),
  );
  const ids = new Set<string>();
  campaigns.forEach((campaign, index) => {
    if (ids.has(campaign.id)) {
      throw new InputError(
        `${CAMPAIGNS_KEY}[${index}].id: "${campaign.id}" is used by an earlier campaign`,
      );
    }
    ids.add(campaign.id);
  });
  return campaigns;
}
