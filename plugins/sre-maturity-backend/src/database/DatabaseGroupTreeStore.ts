import { Knex } from 'knex';
import { GroupNode, GroupTree } from '../groups/GroupTree';
import { insertBatches } from './batches';
import { GroupTreeStore } from './GroupTreeStore';
import { GROUPS, GroupRow } from './tables';

/** Keeps the group tree in the plugin's database. */
export class DatabaseGroupTreeStore implements GroupTreeStore {
  constructor(private readonly db: Knex) {}

  async replaceGroups(groups: readonly GroupNode[]): Promise<void> {
    const rows: GroupRow[] = groups.map(group => ({
      entity_ref: group.entityRef,
      parent_ref: group.parentRef ?? null,
      title: group.title ?? null,
    }));
    await this.db.transaction(async tx => {
      await tx(GROUPS).delete();
      for (const batch of insertBatches(tx, rows)) {
        await tx(GROUPS).insert(batch);
      }
    });
  }

  async getGroupTree(): Promise<GroupTree> {
    const rows = await this.db<GroupRow>(GROUPS).select();
    return new GroupTree(
      rows.map(row => ({
        entityRef: row.entity_ref,
        ...(row.parent_ref && { parentRef: row.parent_ref }),
        ...(row.title && { title: row.title }),
      })),
    );
  }
}
