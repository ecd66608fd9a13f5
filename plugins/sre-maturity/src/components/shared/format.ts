import { parseEntityRef } from '@backstage/catalog-model';
import {
  EffectiveStatus,
  MATURITY_LEVEL_TITLES,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';

/** Display names of effective statuses. */
export const STATUS_TITLES: Record<EffectiveStatus | 'unanswered', string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
  unknown: 'Unknown',
  unanswered: 'No answer',
};

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};
// Built once: `toLocaleDateString` with options builds a formatter per
// call, which a table of dates notices.
const localDay = new Intl.DateTimeFormat('en-US', DAY_OPTIONS);
const utcDay = new Intl.DateTimeFormat('en-US', {
  ...DAY_OPTIONS,
  timeZone: 'UTC',
});

/**
 * A day such as "May 20, 2025", from an ISO date (that very day) or
 * timestamp (its day where the user is).
 */
export function formatDate(iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  // A formatter throws on an invalid date; the text is better than nothing.
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return (dateOnly ? utcDay : localDay).format(date);
}

/** The user's name from an entity ref, e.g. `alice` for `user:default/alice`. */
export function formatUser(entityRef: string): string {
  try {
    return parseEntityRef(entityRef).name;
  } catch {
    return entityRef;
  }
}

/** "1 phase short", "3 phases short". */
export function formatPhasesShort(gap: number): string {
  return `${gap} phase${gap === 1 ? '' : 's'} short`;
}

/** "1 phase short of Walk", or undefined when there is no gap. */
export function formatGap(gap: number, target?: PhaseId): string | undefined {
  if (!target || gap <= 0) {
    return undefined;
  }
  return `${formatPhasesShort(gap)} of ${MATURITY_LEVEL_TITLES[target]}`;
}

/** A share 0..1 as a whole percentage, e.g. "40%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
