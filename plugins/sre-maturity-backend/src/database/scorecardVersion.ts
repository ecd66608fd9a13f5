import { Knex } from 'knex';
import { SCORECARD_VERSION } from './tables';

/**
 * Counts, in the transaction, a write that changes what the scorecard
 * counts, so that other replicas learn of it. The last statement of its
 * transaction: the row stays locked until the commit, which other writers
 * then wait for, and no longer.
 */
export async function bumpScorecardVersion(tx: Knex.Transaction) {
  await tx(SCORECARD_VERSION).where('id', 1).increment('version', 1);
}

/** How many such writes there were. */
export async function readScorecardVersion(db: Knex): Promise<number> {
  const row = await db(SCORECARD_VERSION).where('id', 1).first('version');
  return Number(row?.version ?? 0);
}
