import { FACETS, ScorecardView } from '../view/scorecardView';
import { formatFacetValue } from './formatFacetValue';

const GROUP_NAMES = { owner: 'by-team', system: 'by-system' };
/** Long enough for a few filters; file systems allow 255 bytes. */
const MAX_VIEW_LENGTH = 100;

function slug(text: string): string {
  return text
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/**
 * The export's file name says what it holds and when, so that two exports
 * do not overwrite each other, e.g.
 * `sre-maturity-scorecard-by-team-owner-team-a-stale-2026-11-29.csv`.
 */
export function exportFileName(view: ScorecardView, date: Date): string {
  const { filters } = view;
  const parts: string[] = [];
  if (view.groupBy) {
    parts.push(GROUP_NAMES[view.groupBy]);
  }
  for (const facet of FACETS) {
    const values = filters[facet];
    if (values.length === 1) {
      parts.push(`${facet}-${formatFacetValue(facet, values[0])}`);
    } else if (values.length > 1) {
      parts.push(`${values.length}-${facet}s`);
    }
  }
  if (filters.stale) {
    parts.push('stale');
  }
  if (filters.belowTarget) {
    parts.push('below-target');
  }
  if (filters.q.trim()) {
    parts.push(`search-${filters.q}`);
  }
  const viewPart = slug(parts.join('-')).slice(0, MAX_VIEW_LENGTH);
  return `${['sre-maturity-scorecard', viewPart, localDate(date)]
    .filter(Boolean)
    .join('-')
    .replace(/-+/g, '-')}.csv`;
}
