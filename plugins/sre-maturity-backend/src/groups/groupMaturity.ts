import { GroupMaturity, GroupRow } from '@sre-maturity/backstage-plugin-common';
import { ScorecardStore } from '../database/ScorecardStore';
import { ScorecardSelection } from '../database/types';
import { GroupTree } from './GroupTree';
import { sumGroupRows } from './sumGroupRows';

/**
 * A group's roll-up through the org tree: the selected entities rolled up
 * per owner across the group's whole subtree, then the owners' rows summed
 * per direct sub-group (its subtree) and for the group itself.
 */
export async function groupMaturity(options: {
  scorecard: ScorecardStore;
  tree: GroupTree;
  /** The caller's selection; its owner filter is replaced by the subtree. */
  selection: ScorecardSelection;
  groupRef: string;
}): Promise<GroupMaturity> {
  const { scorecard, tree, selection, groupRef } = options;
  const owners = tree.withSubgroups([groupRef]);
  const items = await scorecard.ownerRollUps({
    ...selection,
    filter: { ...selection.filter, owner: owners },
  });
  const byOwner = new Map(items.map(row => [row.key, row]));
  const rowsOf = (refs: readonly string[]) =>
    refs.flatMap(ref => byOwner.get(ref) ?? []);
  // A group's row, with its title where it has one.
  const groupRow = (ref: string, rows: readonly GroupRow[]): GroupRow => {
    const title = tree.get(ref)?.title;
    return { ...sumGroupRows(ref, rows), ...(title && { title }) };
  };

  // A sub-group's subtree stops at the group itself, should a cycle lead
  // back to it.
  const subgroups = tree
    .children(groupRef)
    .map(child =>
      groupRow(child, rowsOf(tree.withSubgroups([child], [groupRef]))),
    );
  const direct = groupRow(groupRef, rowsOf([groupRef]));
  const { key: _key, title, ...total } = groupRow(groupRef, items);
  return {
    group: { entityRef: groupRef, ...(title && { title }) },
    ...total,
    subgroups,
    direct,
  };
}
