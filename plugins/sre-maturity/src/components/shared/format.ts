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

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const AGE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/**
 * How long ago a timestamp was, e.g. "2 hours ago", "yesterday"; "just
 * now" under a minute, the day itself after a week or for a bad timestamp.
 */
export function formatTimeAgo(iso: string, now = new Date()): string {
  const age = now.getTime() - Date.parse(iso);
  if (Number.isNaN(age) || age >= 7 * AGE_UNITS[0][1]) {
    return formatDate(iso);
  }
  const unit = AGE_UNITS.find(([, ms]) => age >= ms);
  return unit
    ? relative.format(-Math.floor(age / unit[1]), unit[0])
    : 'just now';
}

/** Display names of evidence providers; others show their id. */
const PROVIDER_TITLES: Record<string, string> = {
  annotation: 'catalog',
  repository: 'repository',
};

/** An evidence provider's name in a sentence, e.g. "repository". */
export function formatProvider(provider: string): string {
  return PROVIDER_TITLES[provider] ?? provider;
}
