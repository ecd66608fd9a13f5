import { Knex } from 'knex';
import { insertBatches, listBatches } from './batches';
import { dialectOf } from './dialect';
import { ENTITIES, EntityRow, OWNER_CHANGES } from './tables';

// Every write of entities counts a change of the owners they had before and
// have after, in the writing transaction; a stored owner roll-up counted at
// fewer changes is recounted when read (see `StoredOwnerRollUps`).

/**
 * The owners the entities have now, their rows locked until the end of the
 * transaction so that no concurrent write moves them to another owner
 * meanwhile. SQLite needs no lock: it has one writer at a time.
 */
export async function lockOwnersOf(
  tx: Knex.Transaction,
  refs: readonly string[],
): Promise<Array<string | null>> {
  const owners: Array<string | null> = [];
  for (const batch of listBatches(tx, refs)) {
    const query = tx<EntityRow>(ENTITIES)
      .whereIn('entity_ref', batch)
      .select('owner');
    if (dialectOf(tx) !== 'sqlite') {
      query.forUpdate();
    }
    owners.push(...(await query).map(row => row.owner));
  }
  return owners;
}

/**
 * Counts one change of each of the owners. Meant for the end of the
 * transaction, before the scorecard version: owners are locked in one order
 * so that concurrent writers wait for each other rather than deadlock.
 */
export async function countOwnerChanges(
  tx: Knex.Transaction,
  owners: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const distinct = [
    ...new Set(owners.filter((o): o is string => Boolean(o))),
  ].sort();
  const rows = distinct.map(owner => ({ owner, changes: 1 }));
  for (const batch of insertBatches(tx, rows)) {
    await tx(OWNER_CHANGES)
      .insert(batch)
      .onConflict('owner')
      .merge({ changes: tx.raw('?? + 1', [`${OWNER_CHANGES}.changes`]) });
  }
}
