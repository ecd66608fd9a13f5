import {
  GroupMaturity,
  GroupRow,
  ScorecardAreas,
  ScorecardTotals,
  SortOrder,
} from '../../../api';
import { groupRowName } from '../../ScorecardPage/labels/groupRowName';
import { isGroupOrderBy } from '../../ScorecardPage/view/scorecardView';

/** A group's roll-up in the shape of the scorecard's totals, to show alike. */
export function groupTotals(group: GroupMaturity): ScorecardTotals {
  return {
    entities: group.entities,
    // The group view does not count the entities to which nothing applies.
    nothingApplies: 0,
    averageScore: group.averageScore,
    byPhase: group.overall,
    stale: group.stale,
    belowTarget: group.belowTarget,
  };
}

/** A group's per-area counts in the shape of the scorecard's. */
export function groupAreas(group: GroupMaturity): ScorecardAreas {
  return { areas: group.areas };
}

/**
 * The rows of the per-sub-group table: what the group owns itself first
 * when it owns anything, then its direct sub-groups, sorted as asked (by
 * key: by the name shown). Few enough to sort here.
 */
export function subgroupRows(
  group: GroupMaturity,
  orderBy: string | undefined,
  order: SortOrder,
): GroupRow[] {
  const key = orderBy && isGroupOrderBy(orderBy) ? orderBy : 'key';
  const sign = order === 'desc' ? -1 : 1;
  const sorted = [...group.subgroups].sort((a, b) => {
    if (key === 'key') {
      return (
        sign * groupRowName('owner', a).localeCompare(groupRowName('owner', b))
      );
    }
    return sign * (a[key] - b[key]);
  });
  return group.direct.entities > 0 ? [group.direct, ...sorted] : sorted;
}
