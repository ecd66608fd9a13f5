import { Knex } from 'knex';
import {
  ApplyAnswersOptions,
  AssessmentState,
  AssessmentStore,
  HistoryPage,
  HistoryQuery,
} from './AssessmentStore';
import { insertBatches, listBatches } from './batches';
import {
  snapshotOf,
  upsertDailySnapshots,
  writeEntityDetails,
  writeEntityRecord,
} from './entityWrites';
import { countOwnerChanges, lockOwnersOf } from './ownerChanges';
import { toAnswer, toAnswerRow, toEntityRow, toHistoryEvent } from './rows';
import { ScorecardWriteListener } from './ScorecardStore';
import { bumpScorecardVersion } from './scorecardVersion';
import {
  ANSWERS,
  AnswerRow,
  ENTITIES,
  EntityRow,
  HISTORY,
  HistoryRow,
  SNAPSHOTS,
} from './tables';

/** Keeps answers and their history in the plugin's database. */
export class DatabaseAssessmentStore implements AssessmentStore {
  constructor(
    private readonly db: Knex,
    private readonly onScorecardWrite: ScorecardWriteListener,
  ) {}

  async getAssessmentState(entityRef: string): Promise<AssessmentState> {
    const states = await this.getAssessmentStates([entityRef]);
    return states.get(entityRef) ?? { revision: 0, answers: [] };
  }

  /** Reads the revisions before the answers: see the interface. */
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

  async applyAnswers(
    options: ApplyAnswersOptions,
  ): Promise<number | undefined> {
    const { current, updated, revision, changes, actor, now } = options;
    const entityRef = current.entityRef;
    // With its details: a row without them would keep its fingerprint and
    // the sync would never add them, should the update below be refused.
    const saved = await writeEntityRecord(this.db, current, revision, now);
    if (saved !== undefined) {
      this.onScorecardWrite(saved);
    }

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
      const ownersBefore = await lockOwnersOf(tx, [entityRef]);

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

      await tx(ENTITIES)
        .where('entity_ref', entityRef)
        .update({ ...toEntityRow(updated), synced_at: now });
      await writeEntityDetails(tx, [updated], [entityRef]);
      await tx(SNAPSHOTS).insert({
        ...snapshotOf(updated, now),
        daily_day: null,
        reason: 'change',
      });
      await upsertDailySnapshots(tx, [updated], now);
      await countOwnerChanges(tx, [...ownersBefore, updated.owner]);
      return {
        revision: claimedRevision,
        version: await bumpScorecardVersion(tx),
      };
    });
    if (!written) {
      return undefined;
    }
    this.onScorecardWrite(written.version);
    return written.revision;
  }

  async listHistory(
    entityRef: string,
    query: HistoryQuery,
  ): Promise<HistoryPage> {
    const rows = this.db<HistoryRow>(HISTORY)
      .where('entity_ref', entityRef)
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.beforeId !== undefined) {
      rows.where('id', '<', query.beforeId);
    }
    if (query.criterionId) {
      rows.where('criterion_id', query.criterionId);
    }
    const page = await rows;
    return {
      items: page.slice(0, query.limit).map(toHistoryEvent),
      hasMore: page.length > query.limit,
    };
  }
}
