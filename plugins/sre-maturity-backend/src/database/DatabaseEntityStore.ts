import { Knex } from 'knex';
import { AssessmentState } from './AssessmentStore';
import { insertBatches, listBatches } from './batches';
import { EntityStore } from './EntityStore';
import {
  upsertDailySnapshots,
  writeEntityDetails,
  writeEntityRecord,
} from './entityWrites';
import { countOwnerChanges, lockOwnersOf } from './ownerChanges';
import { fingerprintOf, toEntityRow } from './rows';
import { ScorecardWriteListener } from './ScorecardStore';
import { bumpScorecardVersion } from './scorecardVersion';
import { ENTITIES, ENTITY_TAGS, EntityRow } from './tables';
import { EntityRecord } from './types';

/** The columns a sync overwrites; never the revision. */
const ENTITY_CONTENT_COLUMNS = [
  'kind',
  'namespace',
  'name',
  'title',
  'title_lower',
  'owner',
  'system',
  'type',
  'lifecycle',
  'tags',
  'targets',
  'target',
  'exempt',
  'exempt_reason',
  'in_catalog',
  'applicable',
  'overall_rank',
  'score',
  'gap',
  'area_levels',
  'tier',
  'last_assessed_at',
  'oldest_answer_at',
  'fingerprint',
  'synced_at',
];

/** Keeps the cache of entities in the plugin's database. */
export class DatabaseEntityStore implements EntityStore {
  constructor(
    private readonly db: Knex,
    private readonly onScorecardWrite: ScorecardWriteListener,
  ) {}

  async saveEntityRecord(
    record: EntityRecord,
    revision: number,
    now: Date,
  ): Promise<void> {
    const version = await writeEntityRecord(this.db, record, revision, now);
    if (version !== undefined) {
      this.onScorecardWrite(version);
    }
  }

  async saveSyncedEntities(
    records: EntityRecord[],
    states: Map<string, AssessmentState>,
    syncedAt: Date,
  ): Promise<{ updated: number; outdated: string[] }> {
    const changed = records.filter(
      record =>
        states.get(record.entityRef)?.fingerprint !== fingerprintOf(record),
    );
    if (changed.length) {
      const rows = changed.map(record => ({
        ...toEntityRow(record),
        revision: 0,
        synced_at: syncedAt,
      }));
      // Entities not cached when `states` was read have no details to
      // replace; should a request have cached one since, it did so from the
      // same catalog data, with the same details.
      const cached = changed
        .map(record => record.entityRef)
        .filter(ref => states.get(ref)?.fingerprint !== undefined);
      const version = await this.db.transaction(async tx => {
        // Only rows that exist: MySQL would lock the gaps of missing ones,
        // which concurrent inserts deadlock on. Entities cached meanwhile
        // came from the same catalog data, with the same owner.
        const ownersBefore = await lockOwnersOf(tx, cached);
        for (const batch of insertBatches(tx, rows)) {
          await tx(ENTITIES)
            .insert(batch)
            .onConflict('entity_ref')
            .merge(ENTITY_CONTENT_COLUMNS);
        }
        await writeEntityDetails(tx, changed, cached);
        await upsertDailySnapshots(tx, changed, syncedAt);
        await countOwnerChanges(tx, [
          ...ownersBefore,
          ...changed.map(record => record.owner),
        ]);
        return bumpScorecardVersion(tx);
      });
      this.onScorecardWrite(version, true);
    }
    const outdated: string[] = [];
    for (const refs of listBatches(
      this.db,
      changed.map(record => record.entityRef),
    )) {
      const rows = await this.db<EntityRow>(ENTITIES)
        .whereIn('entity_ref', refs)
        .select('entity_ref', 'revision');
      for (const row of rows) {
        if (Number(row.revision) !== states.get(row.entity_ref)?.revision) {
          outdated.push(row.entity_ref);
        }
      }
    }
    return { updated: changed.length, outdated };
  }

  async markEntitiesRemoved(
    seen: ReadonlySet<string>,
    syncStartedAt: Date,
  ): Promise<number> {
    const candidates = await this.db<EntityRow>(ENTITIES)
      .where('in_catalog', true)
      .where(q =>
        q.whereNull('synced_at').orWhere('synced_at', '<', syncStartedAt),
      )
      .pluck('entity_ref');
    let removed = 0;
    for (const refs of listBatches(
      this.db,
      candidates.filter(ref => !seen.has(ref)),
    )) {
      const written = await this.db.transaction(async tx => {
        const count = await tx(ENTITIES)
          .whereIn('entity_ref', refs)
          .where('in_catalog', true)
          .where(q =>
            q.whereNull('synced_at').orWhere('synced_at', '<', syncStartedAt),
          )
          // Clearing the fingerprint makes the next sync rewrite the entity,
          // tags included, should it come back.
          .update({ in_catalog: false, fingerprint: '' });
        await tx(ENTITY_TAGS)
          .whereIn(
            'entity_ref',
            tx(ENTITIES)
              .whereIn('entity_ref', refs)
              .where('in_catalog', false)
              .select('entity_ref'),
          )
          .delete();
        if (!count) {
          return { count, version: undefined };
        }
        await countOwnerChanges(tx, await lockOwnersOf(tx, refs));
        return { count, version: await bumpScorecardVersion(tx) };
      });
      removed += written.count;
      if (written.version !== undefined) {
        this.onScorecardWrite(written.version, true);
      }
    }
    return removed;
  }
}
