import {
  Area,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { Campaign, CampaignFilter, CampaignStanding } from '../../../api';
import { formatFacetValue } from '../../ScorecardPage/labels/formatFacetValue';
import { formatDate } from '../format';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a campaign asks, e.g. "Walk overall · On Call: Run · 2 named
 * criteria".
 */
export function describeTarget(campaign: Campaign, areas: Area[]): string {
  const { target } = campaign;
  const parts: string[] = [];
  if (target.overall) {
    parts.push(`${MATURITY_LEVEL_TITLES[target.overall]} overall`);
  }
  for (const [areaId, phase] of Object.entries(target.areas ?? {})) {
    const title = areas.find(a => a.id === areaId)?.title ?? areaId;
    parts.push(`${title}: ${MATURITY_LEVEL_TITLES[phase]}`);
  }
  const criteria = target.criteria?.length ?? 0;
  if (criteria) {
    parts.push(`${criteria} named criteri${criteria === 1 ? 'on' : 'a'}`);
  }
  return parts.join(' · ');
}

/** Which entities a campaign covers, e.g. "Owner payments and its sub-groups · Type service". */
export function describeFilter(filter: CampaignFilter): string {
  const parts: string[] = [];
  if (filter.owners?.length) {
    const owners = filter.owners.map(o => formatFacetValue('owner', o));
    parts.push(
      `Owner ${owners.join(', ')}${
        filter.includeSubgroups ? ' and sub-groups' : ''
      }`,
    );
  }
  const lists: Array<[string, string[] | undefined]> = [
    ['System', filter.systems?.map(s => formatFacetValue('system', s))],
    ['Kind', filter.kinds],
    ['Type', filter.types],
    ['Lifecycle', filter.lifecycles],
    ['Tier', filter.tiers],
    ['Tag', filter.tags],
  ];
  for (const [label, values] of lists) {
    if (values?.length) {
      parts.push(`${label} ${values.join(', ')}`);
    }
  }
  return parts.length ? parts.join(' · ') : 'Every entity on the scorecard';
}

/** E.g. "Jun 30, 2025 (29 days left)", "Jun 30, 2025 (passed)". */
export function describeDeadline(deadline: string, today: Date): string {
  const end = Date.parse(`${deadline}T00:00:00Z`);
  const start = Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate(),
  );
  const days = Math.round((end - start) / DAY_MS);
  let left = 'today';
  if (days < 0) {
    left = 'passed';
  } else if (days > 0) {
    left = `${days} day${days === 1 ? '' : 's'} left`;
  }
  return `${formatDate(deadline)} (${left})`;
}

/** E.g. "1 of 4 at target (25%)". */
export function describeStanding(standing: CampaignStanding): string {
  const share = standing.covered
    ? Math.round((100 * standing.atTarget) / standing.covered)
    : 0;
  return `${standing.atTarget} of ${standing.covered} at target (${share}%)`;
}
