import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { isPostgres, jsonStrings } from './dialect';
import { VIEWER_ENTITIES, VIEWERS } from './tables';

/**
 * Remembers lists of entities that callers may read, so that scorecard
 * queries join a table instead of carrying tens of thousands of refs each.
 */
export class VisibleEntityStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores the list and returns the viewer id that selects it; forgets the
   * lists stored before `forgetBefore`.
   */
  async save(
    entityRefs: string[],
    now: Date,
    forgetBefore: Date,
  ): Promise<string> {
    const forgotten = this.db(VIEWERS)
      .where('created_at', '<', forgetBefore)
      .select('id');
    await this.db(VIEWER_ENTITIES).whereIn('viewer_id', forgotten).delete();
    await this.db(VIEWERS).where('created_at', '<', forgetBefore).delete();

    const id = randomUUID();
    await this.db.transaction(async tx => {
      await tx(VIEWERS).insert({ id, created_at: now });
      await tx.raw('INSERT INTO ?? (??, ??) SELECT ?, j.value FROM (?) j', [
        VIEWER_ENTITIES,
        'viewer_id',
        'entity_ref',
        id,
        jsonStrings(tx, JSON.stringify([...new Set(entityRefs)])),
      ]);
    });
    if (isPostgres(this.db)) {
      // Until the statistics know the new id, PostgreSQL estimates its list
      // at one row and joins it entity by entity, several times slower than
      // hashing it. Autovacuum would take a minute or more to catch up.
      await this.db.raw('ANALYZE ??', [VIEWER_ENTITIES]);
    }
    return id;
  }
}
