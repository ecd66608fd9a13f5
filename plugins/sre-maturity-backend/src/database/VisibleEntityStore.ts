import { Knex } from 'knex';
import { jsonListBatches } from './batches';
import { isPostgres, jsonStrings } from './dialect';
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
      if (isPostgres(tx)) {
        // Statistics from before the new list can put it at one row (when
        // they hold every id they know as a common value); PostgreSQL then
        // joins it entity by entity, several times slower than hashing it,
        // and autovacuum takes a minute or more to catch up. Fresh ones
        // give the length of the largest lists and an average for the
        // rest; without any on the refs, the join with the entities is
        // misjudged too. A small sample serves both and takes a few
        // milliseconds instead of a hundred.
        await tx.raw('SET LOCAL default_statistics_target = 10');
        await tx.raw('ANALYZE ??', [VIEWER_ENTITIES]);
      }
    });
  }
}
