import { GroupRow, ScorecardGroupBy } from '../../../api';
import { formatFacetValue } from './formatFacetValue';
import { GROUP_TITLES } from './groupTitles';

/**
 * The name a roll-up's row is shown and sorted by: its Group's title, or
 * else its key as the filters show it.
 */
export function groupRowName(
  by: ScorecardGroupBy,
  group: Pick<GroupRow, 'key' | 'title'>,
): string {
  if (group.key === null) {
    return GROUP_TITLES[by].none;
  }
  return group.title ?? formatFacetValue(by, group.key);
}
