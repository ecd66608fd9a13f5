import { GroupNode, GroupTree } from '../groups/GroupTree';

/**
 * The catalog's group tree as the last catalog sync read it (table
 * `sre_maturity_groups`). Owner filters that take in sub-groups expand their
 * owners with `(await store.getGroupTree()).withSubgroups(owners)`.
 */
export interface GroupTreeStore {
  /** Replaces the stored tree with the groups the sync read, in one transaction. */
  replaceGroups(groups: readonly GroupNode[]): Promise<void>;

  /** The stored tree. */
  getGroupTree(): Promise<GroupTree>;
}
