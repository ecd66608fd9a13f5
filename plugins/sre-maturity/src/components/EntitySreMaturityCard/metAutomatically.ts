import { AssessmentResult } from '@sre-maturity/backstage-plugin-common';
import { formatProvider } from '../shared/format';

/**
 * How many criteria evidence meets, per source in words ("catalog",
 * "repository"), most first; a criterion found by several sources counts
 * for each.
 */
export function metAutomatically(
  assessment: AssessmentResult,
): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const result of assessment.areas.flatMap(a => a.criteria)) {
    if (result.origin !== 'catalog') {
      continue;
    }
    const sources = new Set(
      result.evidence.map(e => formatProvider(e.provider)),
    );
    for (const source of sources) {
      counts.set(source, (counts.get(source) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}
