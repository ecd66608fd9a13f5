import { DatabaseService } from '@backstage/backend-plugin-api';
import { Answer } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { insertBatches, listBatches } from './batches';
import { utcDay } from './conversions';
import { migrateToLatest } from './migrateToLatest';
import {
  fingerprintOf,
  toAnswer,
  toAnswerRow,
  toAreaRows,
  toEntityRow,
  toEvidenceRow,
  toHistoryEvent,
  toTagRows,
  toTrendPoint,
} from './rows';
import { ScorecardQueries } from './ScorecardQueries';
import { isOnScorecard } from './scorecardRules';
import { bumpScorecardVersion } from './scorecardVersion';
import { VisibleEntityStore } from './VisibleEntityStore';
import {
  ANSWERS,
  AnswerRow,
  AREA_RESULTS,
  ENTITIES,
  ENTITY_EVIDENCE,
  ENTITY_TAGS,
  EntityRow,
  HISTORY,
  HistoryRow,
  SNAPSHOTS,
  SnapshotRow,
} from './tables';
import {
  AnswerChange,
  EntityRecord,
  EntityTrendPoint,
  HistoryEvent,
} from './types';

/** What an update or a recomputation starts from. */
export interface AssessmentState {
  revision: number;
  answers: Answer[];
  /** Of the cached record; undefined when the entity is not cached yet. */
  fingerprint?: string;
}

/** The columns a sync or refresh overwrites; never the revision. */
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
  'overall_rank',
  'score',
  'gap',
  'area_levels',
  'last_assessed_at',
  'oldest_answer_at',
  'fingerprint',
  'synced_at',
];

/**
 * Keeps answers, their history, score snapshots and the cache of catalog
 * fields and scores that the scorecard queries.
 */
export class DatabaseSreMaturityStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseSreMaturityStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await migrateToLatest(client);
    }
    return new DatabaseSreMaturityStore(client);
  }

  /** The read-only queries behind the scorecard views. */
  readonly scorecard: ScorecardQueries;
  /** The lists of entities that conditionally allowed callers may read. */
  readonly visibleEntities: VisibleEntityStore;

  private constructor(private readonly db: Knex) {
    this.scorecard = new ScorecardQueries(db);
    this.visibleEntities = new VisibleEntityStore(db);
  }

  /** Resolves once the database answers a trivial query. */
  async checkDatabase(): Promise<void> {
    await this.db.raw('SELECT 1');
  }

  /**
   * Reads the revision before the answers: a concurrent update can then only
   * make the revision look older than the answers, which the next write
   * rejects as a conflict, never newer, which would let it overwrite.
   */
  async getAssessmentState(entityRef: string): Promise<AssessmentState> {
    const states = await this.getAssessmentStates([entityRef]);
    return states.get(entityRef) ?? { revision: 0, answers: [] };
  }

  /** {@link DatabaseSreMaturityStore.getAssessmentState} for many entities. */
  async getAssessmentStates(
    entityRefs: string[],
  ): Promise<Map<string, AssessmentState>> {
    const states = new Map<string, AssessmentState>(
      entityRefs.map(ref => [ref, { revision: 0, answers: [] }]),
    );
    for (const refs of listBatches(this.db, entityRefs)) {
      const entities = await this.db<EntityRow>(ENTITIES)
        .whereIn('entity_ref', refs)
        .select('entity_ref', 'revision', 'fingerprint');
      for (const row of entities) {
        states.set(row.entity_ref, {
          revision: Number(row.revision),
          answers: [],
          fingerprint: row.fingerprint,
        });
      }
      const answers = await this.db<AnswerRow>(ANSWERS).whereIn(
        'entity_ref',
        refs,
      );
      for (const row of answers) {
        states.get(row.entity_ref)?.answers.push(toAnswer(row));
      }
    }
    return states;
  }

  /**
   * Stores a freshly computed record unless it is unchanged, or an update
   * wrote a newer revision meanwhile (whose own record is then fresher).
   */
  async refreshEntity(
    record: EntityRecord,
    revision: number,
    now: Date,
  ): Promise<void> {
    const row = toEntityRow(record);
    const version = await this.db.transaction(async tx => {
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
        const updated = await tx(ENTITIES)
          .where({ entity_ref: record.entityRef, revision })
          .update({ ...row, synced_at: now });
        if (!updated) {
          return undefined;
        }
      }
      await this.writeDetails(tx, [record], current ? [record.entityRef] : []);
      await this.upsertDailySnapshots(tx, [record], now);
      return bumpScorecardVersion(tx);
    });
    if (version !== undefined) {
      this.scorecard.invalidate(version);
    }
  }

  /**
   * Applies answer changes in one transaction if `revision` is still the
   * entity's revision, and returns the new revision; returns undefined and
   * writes nothing otherwise. `record` is the entity's current state, stored
   * first as `refreshEntity` does; `recompute` turns the answers after the
   * change into the entity's new record.
   */
  async applyAnswers(options: {
    record: EntityRecord;
    revision: number;
    changes: AnswerChange[];
    actor: string;
    now: Date;
    recompute: (answers: Answer[]) => EntityRecord;
  }): Promise<number | undefined> {
    const { record, revision, changes, actor, now, recompute } = options;
    const entityRef = record.entityRef;
    // With its details: a row without them would keep its fingerprint and
    // the sync would never add them, should the update below be refused.
    await this.refreshEntity(record, revision, now);

    const written = await this.db.transaction(async tx => {
      // The conditional increment both detects a stale revision and locks
      // the entity's row until commit, so concurrent updates serialize here.
      const claimed = await tx(ENTITIES)
        .where({ entity_ref: entityRef, revision })
        .increment('revision', 1);
      if (!claimed) {
        return undefined;
      }
      const claimedRevision = revision + 1;

      const previous = new Map(
        (
          await tx<AnswerRow>(ANSWERS)
            .where('entity_ref', entityRef)
            .whereIn(
              'criterion_id',
              changes.map(c => c.criterionId),
            )
            .select('criterion_id', 'status')
        ).map(row => [row.criterion_id, row.status]),
      );

      for (const change of changes) {
        if (change.answer) {
          await tx(ANSWERS)
            .insert(toAnswerRow(entityRef, change.answer))
            .onConflict(['entity_ref', 'criterion_id'])
            .merge();
        } else {
          await tx(ANSWERS)
            .where({ entity_ref: entityRef, criterion_id: change.criterionId })
            .delete();
        }
      }
      const events = changes.map(change => ({
        entity_ref: entityRef,
        criterion_id: change.criterionId,
        old_status: previous.get(change.criterionId) ?? null,
        new_status: change.answer?.status ?? null,
        note: change.answer?.note ?? null,
        evidence_url: change.answer?.evidenceUrl ?? null,
        reason: change.answer?.reason ?? null,
        expires_at: change.answer?.expiresAt ?? null,
        actor,
        created_at: now,
        revision: claimedRevision,
      }));
      for (const batch of insertBatches(tx, events)) {
        await tx(HISTORY).insert(batch);
      }

      const answers = (
        await tx<AnswerRow>(ANSWERS).where('entity_ref', entityRef)
      ).map(toAnswer);
      const updated = recompute(answers);
      await tx(ENTITIES)
        .where('entity_ref', entityRef)
        .update({ ...toEntityRow(updated), synced_at: now });
      await this.writeDetails(tx, [updated], [entityRef]);
      await tx(SNAPSHOTS).insert({
        ...this.snapshotOf(updated, now),
        daily_day: null,
        reason: 'change',
      });
      await this.upsertDailySnapshots(tx, [updated], now);
      return {
        revision: claimedRevision,
        version: await bumpScorecardVersion(tx),
      };
    });
    if (!written) {
      return undefined;
    }
    this.scorecard.invalidate(written.version);
    return written.revision;
  }

  /** Newest first; `beforeId` continues after the previous page. */
  async listHistory(
    entityRef: string,
    options: { limit: number; beforeId?: number; criterionId?: string },
  ): Promise<{ items: HistoryEvent[]; hasMore: boolean }> {
    const query = this.db<HistoryRow>(HISTORY)
      .where('entity_ref', entityRef)
      .orderBy('id', 'desc')
      .limit(options.limit + 1);
    if (options.beforeId !== undefined) {
      query.where('id', '<', options.beforeId);
    }
    if (options.criterionId) {
      query.where('criterion_id', options.criterionId);
    }
    const rows = await query;
    return {
      items: rows.slice(0, options.limit).map(toHistoryEvent),
      hasMore: rows.length > options.limit,
    };
  }

  /** The daily snapshots of one entity, oldest first. */
  async getEntityTrend(
    entityRef: string,
    range: { from: string; to: string },
  ): Promise<EntityTrendPoint[]> {
    const rows = await this.db<SnapshotRow>(SNAPSHOTS)
      .where('entity_ref', entityRef)
      .whereBetween('daily_day', [range.from, range.to])
      .orderBy('daily_day', 'asc');
    return rows.map(toTrendPoint);
  }

  /**
   * Stores the records of one sync batch that differ from the cache; the
   * others are not written at all. Returns how many changed, and which
   * entities an update changed since `states` was read: their stored record
   * may predate that update and must be recomputed.
   */
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
        for (const batch of insertBatches(tx, rows)) {
          await tx(ENTITIES)
            .insert(batch)
            .onConflict('entity_ref')
            .merge(ENTITY_CONTENT_COLUMNS);
        }
        await this.writeDetails(tx, changed, cached);
        await this.upsertDailySnapshots(tx, changed, syncedAt);
        return bumpScorecardVersion(tx);
      });
      this.scorecard.invalidate(version);
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

  /**
   * Marks the entities that the sync started at `syncStartedAt` did not see
   * as gone from the catalog, keeping their answers and history. Entities
   * written since the sync started were just read from the catalog by a
   * request and stay.
   */
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
        return {
          count,
          version: count ? await bumpScorecardVersion(tx) : undefined,
        };
      });
      removed += written.count;
      if (written.version !== undefined) {
        this.scorecard.invalidate(written.version);
      }
    }
    return removed;
  }

  /**
   * Writes today's daily snapshot for every entity in the catalog that has
   * none yet; running it again the same day adds nothing.
   */
  async takeDailySnapshots(now: Date): Promise<number> {
    const day = utcDay(now);
    const pageSize = 1000;
    let written = 0;
    for (;;) {
      const rows = await this.db({ e: ENTITIES })
        .where('e.in_catalog', true)
        .whereNotExists(
          this.db({ s: SNAPSHOTS })
            .select(this.db.raw('1'))
            .whereRaw('?? = ??', ['s.entity_ref', 'e.entity_ref'])
            .where('s.daily_day', day),
        )
        .orderBy('e.entity_ref')
        .limit(pageSize)
        .select<
          Pick<
            EntityRow,
            'entity_ref' | 'overall_rank' | 'score' | 'area_levels'
          >[]
        >('e.entity_ref', 'e.overall_rank', 'e.score', 'e.area_levels');
      if (!rows.length) {
        return written;
      }
      const snapshots = rows.map(row => ({
        entity_ref: row.entity_ref,
        taken_at: now,
        day,
        daily_day: day,
        reason: 'daily',
        overall_rank: row.overall_rank,
        score: row.score,
        area_levels: row.area_levels,
      }));
      for (const batch of insertBatches(this.db, snapshots)) {
        await this.db(SNAPSHOTS)
          .insert(batch)
          .onConflict(['entity_ref', 'daily_day'])
          .ignore();
      }
      written += rows.length;
      if (rows.length < pageSize) {
        return written;
      }
    }
  }

  private snapshotOf(record: EntityRecord, now: Date) {
    const { entity_ref, overall_rank, score, area_levels } =
      toEntityRow(record);
    return {
      entity_ref,
      taken_at: now,
      day: utcDay(now),
      overall_rank,
      score,
      area_levels,
    };
  }

  /** Keeps today's daily snapshot at the entity's latest state. */
  private async upsertDailySnapshots(
    tx: Knex.Transaction,
    records: EntityRecord[],
    now: Date,
  ) {
    const rows = records.map(record => ({
      ...this.snapshotOf(record, now),
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
  private async writeDetails(
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
        .merge(['level_rank', 'progress', 'gap']);
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
}
