import {
  levelRank,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { ScorecardRow } from '../../../api';

/**
 * What the heatmap writes under an entity's gap. The gap is its areas'
 * largest, so "target Walk" is only true while the overall target accounts
 * for it; otherwise an area's own target does, which the row does not name.
 */
export function gapCaption(
  row: Pick<ScorecardRow, 'overall' | 'target' | 'gap'>,
): string | undefined {
  if (
    row.target &&
    row.gap === Math.max(0, levelRank(row.target) - levelRank(row.overall))
  ) {
    return `target ${MATURITY_LEVEL_TITLES[row.target]}`;
  }
  return row.gap > 0 ? 'per-area target' : undefined;
}
