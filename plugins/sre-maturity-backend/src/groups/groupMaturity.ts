import { GroupMaturity } from '@sre-maturity/backstage-plugin-common';
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

  // A sub-group's subtree stops at the group itself, should a cycle lead
  // back to it.
  const subgroups = tree
    .children(groupRef)
    .map(child =>
      sumGroupRows(child, rowsOf(tree.withSubgroups([child], [groupRef]))),
    );
  const direct = sumGroupRows(groupRef, rowsOf([groupRef]));
  const { key: _key, ...total } = sumGroupRows(groupRef, items);
  const title = tree.get(groupRef)?.title;
  return {
    group: { entityRef: groupRef, ...(title && { title }) },
    ...total,
    subgroups,
    direct,
  };
}
