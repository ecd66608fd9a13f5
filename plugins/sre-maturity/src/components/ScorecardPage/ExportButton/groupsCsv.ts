import {
  Area,
  MaturityLevel,
  toCsvRecord,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';
import { GroupRow, LevelCounts, ScorecardGroupBy } from '../../../api';
import { groupRowName } from '../labels/groupRowName';
import { NO_ENTITIES } from '../labels/levelCountsLabel';

function levelColumns(prefix: string): string[] {
  return MATURITY_LEVELS.map((level: MaturityLevel) => `${prefix} ${level}`);
}

function levelValues(counts: LevelCounts): number[] {
  return MATURITY_LEVELS.map(level => counts[level]);
}

/**
 * A roll-up as CSV, one record per group as the table shows it: its ref and
 * the name shown (its title where it has one), counts, the entities at each level overall and per area, and a link
 * to the scorecard filtered by it.
 */
export function groupsCsv(options: {
  by: ScorecardGroupBy;
  areas: Area[];
  groups: GroupRow[];
  groupLink: (key: string) => string;
}): string {
  const { by, areas, groups, groupLink } = options;
  const header = toCsvRecord([
    by,
    'name',
    'entities',
    'averageScore',
    'stale',
    'belowTarget',
    ...levelColumns('overall'),
    ...areas.flatMap(area => levelColumns(area.id)),
    'scorecard',
  ]);
  const records = groups.map(group =>
    toCsvRecord([
      group.key,
      groupRowName(by, group),
      group.entities,
      Math.round(group.averageScore),
      group.stale,
      group.belowTarget,
      ...levelValues(group.overall),
      ...areas.flatMap(area =>
        levelValues(group.areas[area.id] ?? NO_ENTITIES),
      ),
      group.key === null ? undefined : groupLink(group.key),
    ]),
  );
  return header + records.join('');
}
