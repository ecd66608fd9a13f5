import { Knex } from 'knex';
import { insertBatches, listBatches } from './batches';
import { utcDay } from './conversions';
import {
  toAreaRows,
  toCriteriaRows,
  toEntityRow,
  toEvidenceRow,
  toTagRows,
} from './rows';
import { countOwnerChanges, lockOwnersOf } from './ownerChanges';
import { isOnScorecard } from './scorecardRules';
import { bumpScorecardVersion } from './scorecardVersion';
import {
  AREA_RESULTS,
  ENTITIES,
  ENTITY_CRITERIA,
  ENTITY_EVIDENCE,
  ENTITY_TAGS,
  EntityRow,
  SNAPSHOTS,
} from './tables';
import { EntityRecord } from './types';

// The writes of entity records that the entity store and the assessment
// store share, each within the caller's transaction but the first.

/**
 * Stores a record computed at `revision` unless it is unchanged, or an
 * update wrote a newer revision meanwhile; returns the scorecard version
 * the write made, or undefined when nothing was written.
 */
export async function writeEntityRecord(
  db: Knex,
  record: EntityRecord,
  revision: number,
  now: Date,
): Promise<number | undefined> {
  const row = toEntityRow(record);
  return db.transaction(async tx => {
    let ownersBefore: Array<string | null> = [];
    const current = await tx<EntityRow>(ENTITIES)
      .where('entity_ref', record.entityRef)
      .first('revision', 'fingerprint');
    if (!current) {
      // A concurrent request may insert the same entity; both write alike.
      await tx(ENTITIES)
        .insert({ ...row, revision: 0, synced_at: now })
        .onConflict('entity_ref')
        .ignore();
    } else if (
      Number(current.revision) !== revision ||
      current.fingerprint === row.fingerprint
    ) {
      return undefined;
    } else {
      // Locked only now: MySQL would lock the gap of a missing row, which
      // concurrent inserts of the entity deadlock on.
      ownersBefore = await lockOwnersOf(tx, [record.entityRef]);
      const updated = await tx(ENTITIES)
        .where({ entity_ref: record.entityRef, revision })
        .update({ ...row, synced_at: now });
      if (!updated) {
        return undefined;
      }
    }
    await writeEntityDetails(tx, [record], current ? [record.entityRef] : []);
    await upsertDailySnapshots(tx, [record], now);
    await countOwnerChanges(tx, [...ownersBefore, record.owner]);
    return bumpScorecardVersion(tx);
  });
}

/** The snapshot columns of a record's scores at `now`. */
export function snapshotOf(record: EntityRecord, now: Date) {
  const { entity_ref, overall_rank, score, area_levels } = toEntityRow(record);
  return {
    entity_ref,
    taken_at: now,
    day: utcDay(now),
    overall_rank,
    score,
    area_levels,
  };
}

/** Keeps today's daily snapshot at the entities' latest state. */
export async function upsertDailySnapshots(
  tx: Knex.Transaction,
  records: EntityRecord[],
  now: Date,
) {
  const rows = records.map(record => ({
    ...snapshotOf(record, now),
    daily_day: utcDay(now),
    reason: 'daily',
  }));
  for (const batch of insertBatches(tx, rows)) {
    await tx(SNAPSHOTS)
      .insert(batch)
      .onConflict(['entity_ref', 'daily_day'])
      .merge(['taken_at', 'overall_rank', 'score', 'area_levels']);
  }
}

/**
 * Writes the evidence, the per-area results and, for those on the
 * scorecard, the tags of the records, replacing those of the `cached`
 * entities.
 */
export async function writeEntityDetails(
  tx: Knex.Transaction,
  records: EntityRecord[],
  cached: string[],
) {
  const areaIds = [
    ...new Set(records.flatMap(r => r.areas.map(a => a.areaId))),
  ];
  for (const batch of listBatches(tx, cached)) {
    const obsoleteAreas = tx(AREA_RESULTS).whereIn('entity_ref', batch);
    if (areaIds.length) {
      obsoleteAreas.whereNotIn('area_id', areaIds);
    }
    await obsoleteAreas.delete();
    await tx(ENTITY_TAGS).whereIn('entity_ref', batch).delete();
  }
  for (const batch of insertBatches(tx, records.flatMap(toCriteriaRows))) {
    await tx(ENTITY_CRITERIA)
      .insert(batch)
      .onConflict('entity_ref')
      .merge(['satisfied_criteria']);
  }
  for (const batch of insertBatches(tx, records.map(toEvidenceRow))) {
    await tx(ENTITY_EVIDENCE)
      .insert(batch)
      .onConflict('entity_ref')
      .merge(['evidence']);
  }
  for (const batch of insertBatches(tx, records.flatMap(toAreaRows))) {
    await tx(AREA_RESULTS)
      .insert(batch)
      .onConflict(['entity_ref', 'area_id'])
      .merge(['applicable', 'level_rank', 'progress', 'gap']);
  }
  // Only the scorecard's entities have tag rows: see countTags.
  const tagged = records.filter(isOnScorecard);
  for (const batch of insertBatches(tx, tagged.flatMap(toTagRows))) {
    await tx(ENTITY_TAGS)
      .insert(batch)
      .onConflict(['entity_ref', 'tag'])
      .ignore();
  }
}
