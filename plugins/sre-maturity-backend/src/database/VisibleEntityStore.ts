import { Knex } from 'knex';
import { jsonListBatches } from './batches';
import { jsonStrings } from './dialect';
import { VIEWER_ENTITIES, VIEWERS } from './tables';

/**
 * Remembers lists of entities that callers may read, so that scorecard
 * queries join a table instead of carrying tens of thousands of refs each.
 */
export class VisibleEntityStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores the list under `viewerId`; forgets the lists stored before
   * `forgetBefore`.
   */
  async save(
    viewerId: string,
    entityRefs: readonly string[],
    now: Date,
    forgetBefore: Date,
  ): Promise<void> {
    const forgotten = this.db(VIEWERS)
      .where('created_at', '<', forgetBefore)
      .select('id');
    await this.db(VIEWER_ENTITIES).whereIn('viewer_id', forgotten).delete();
    await this.db(VIEWERS).where('created_at', '<', forgetBefore).delete();

    await this.db.transaction(async tx => {
      await tx(VIEWERS).insert({ id: viewerId, created_at: now });
      for (const refs of jsonListBatches(tx, [...new Set(entityRefs)])) {
        await tx.raw('INSERT INTO ?? (??, ??) SELECT ?, j.value FROM (?) j', [
          VIEWER_ENTITIES,
          'viewer_id',
          'entity_ref',
          viewerId,
          jsonStrings(tx, JSON.stringify(refs)),
        ]);
      }
    });
  }
}
