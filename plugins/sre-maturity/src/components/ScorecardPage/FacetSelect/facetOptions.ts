import {
  MaturityLevel,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';
import { FacetCount } from '../../../api';
import { Facet } from '../view/scorecardView';

/**
 * The values to offer for a filter: the facet's, then any selected value the
 * facet does not list (so a shared link never hides a filter it sets).
 * Levels keep their natural order rather than the most frequent first.
 */
export function facetOptions(
  facet: Facet,
  counts: FacetCount[],
  selected: string[],
): FacetCount[] {
  const listed = new Set(counts.map(c => c.value));
  const options = [
    ...counts,
    ...selected
      .filter(value => !listed.has(value))
      .map(value => ({ value, count: 0 })),
  ];
  if (facet === 'phase') {
    const rank = (value: string) =>
      MATURITY_LEVELS.indexOf(value as MaturityLevel);
    options.sort((a, b) => rank(a.value) - rank(b.value));
  }
  return options;
}
