import {
  emptyLevelCounts,
  GroupRow,
  LevelCounts,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';

function addCounts(total: LevelCounts, counts: LevelCounts) {
  for (const level of MATURITY_LEVELS) {
    total[level] += counts[level] ?? 0;
  }
}

/**
 * The roll-up of several owners' rows under one key: counts add up and the
 * average score is weighted by entities. Each row's average is rounded to a
 * tenth already, so the sum's may be off by at most 0.05 before its own
 * rounding.
 */
export function sumGroupRows(
  key: string | null,
  rows: readonly GroupRow[],
): GroupRow {
  const sum: GroupRow = {
    key,
    entities: 0,
    averageScore: 0,
    overall: emptyLevelCounts(),
    areas: {},
    stale: 0,
    belowTarget: 0,
  };
  let scoreTotal = 0;
  for (const row of rows) {
    sum.entities += row.entities;
    scoreTotal += row.averageScore * row.entities;
    addCounts(sum.overall, row.overall);
    for (const [areaId, counts] of Object.entries(row.areas)) {
      sum.areas[areaId] ??= emptyLevelCounts();
      addCounts(sum.areas[areaId], counts);
    }
    sum.stale += row.stale;
    sum.belowTarget += row.belowTarget;
  }
  sum.averageScore = sum.entities
    ? Math.round((scoreTotal / sum.entities) * 10) / 10
    : 0;
  return sum;
}
