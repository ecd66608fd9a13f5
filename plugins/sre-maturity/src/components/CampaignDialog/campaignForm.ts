import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  MATURITY_LEVELS,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { Campaign, CampaignFilter, CampaignInput } from '../../api';

/** The phases a campaign can ask for. */
export const TARGET_PHASES = MATURITY_LEVELS.filter(
  (level): level is PhaseId => level !== 'not-started',
);

/** The list fields of the form: text, values separated by commas. */
export const LIST_FIELDS = [
  'owners',
  'systems',
  'kinds',
  'types',
  'lifecycles',
  'tiers',
  'tags',
] as const;

type ListField = (typeof LIST_FIELDS)[number];

/** A campaign as the dialog edits it: every field as the user types it. */
export type CampaignForm = Record<ListField, string> & {
  title: string;
  description: string;
  includeSubgroups: boolean;
  /** '' for none. */
  overall: PhaseId | '';
  /** Per area id; '' for none. */
  areas: Record<string, PhaseId | ''>;
  criteria: string;
  startsOn: string;
  deadline: string;
  managers: string;
};

/** Refs of these fields may be typed as bare names. */
const DEFAULT_KINDS: Partial<Record<ListField | 'managers', string>> = {
  owners: 'group',
  systems: 'system',
  managers: 'user',
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The form for a campaign, or for a new one starting today. */
export function toForm(
  campaign: Campaign | undefined,
  today: Date,
): CampaignForm {
  const filter: CampaignFilter = campaign?.filter ?? {};
  const lists = Object.fromEntries(
    LIST_FIELDS.map(field => [field, (filter[field] ?? []).join(', ')]),
  ) as Record<ListField, string>;
  return {
    ...lists,
    title: campaign?.title ?? '',
    description: campaign?.description ?? '',
    includeSubgroups: filter.includeSubgroups ?? true,
    overall: campaign?.target.overall ?? '',
    areas: { ...campaign?.target.areas },
    criteria: (campaign?.target.criteria ?? []).join(', '),
    startsOn: campaign?.startsOn ?? isoDay(today),
    deadline: campaign?.deadline ?? '',
    managers: (campaign?.managers ?? []).join(', '),
  };
}

function splitList(text: string, defaultKind?: string): string[] {
  const values = text
    .split(/[,\n]/)
    .map(value => value.trim())
    .filter(Boolean);
  if (!defaultKind) {
    return values;
  }
  // A bare name is a ref of the field's kind in the default namespace, as
  // the catalog reads `spec.owner`; anything unparseable is left for the
  // server to refuse with a message naming the field.
  return values.map(value => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      return value;
    }
  });
}

/** What the dialog sends: empty fields left out. */
export function fromForm(form: CampaignForm): CampaignInput {
  const filter: CampaignFilter = {};
  for (const field of LIST_FIELDS) {
    const values = splitList(form[field], DEFAULT_KINDS[field]);
    if (values.length) {
      filter[field] = values;
    }
  }
  if (filter.owners && form.includeSubgroups) {
    filter.includeSubgroups = true;
  }
  const areas = Object.fromEntries(
    Object.entries(form.areas).filter(([, phase]) => phase !== ''),
  ) as Record<string, PhaseId>;
  const criteria = splitList(form.criteria);
  const input: CampaignInput = {
    title: form.title.trim(),
    filter,
    target: {
      ...(form.overall ? { overall: form.overall } : {}),
      ...(Object.keys(areas).length ? { areas } : {}),
      ...(criteria.length ? { criteria } : {}),
    },
    startsOn: form.startsOn,
    deadline: form.deadline,
    managers: splitList(form.managers, DEFAULT_KINDS.managers),
  };
  if (form.description.trim()) {
    input.description = form.description.trim();
  }
  return input;
}
