import { Answer } from '@sre-maturity/backstage-plugin-common';
import { AnswerChange, EntityRecord, HistoryEvent } from './types';

/** What an update or a recomputation starts from. */
export interface AssessmentState {
  revision: number;
  answers: Answer[];
  /** Of the cached record; undefined when the entity is not cached yet. */
  fingerprint?: string;
}

/** The answers of each entity, with their revision and their history. */
export interface AssessmentStore {
  /**
   * The entity's revision and answers; revision 0 without answers for an
   * entity never cached. A concurrent update can only make the revision
   * look older than the answers, which the next write rejects as a
   * conflict, never newer, which would let it overwrite.
   */
  getAssessmentState(entityRef: string): Promise<AssessmentState>;

  /** {@link AssessmentStore.getAssessmentState} for many entities. */
  getAssessmentStates(
    entityRefs: string[],
  ): Promise<Map<string, AssessmentState>>;

  /**
   * Applies answer changes in one transaction if `revision` is still the
   * entity's revision, and returns the new revision; returns undefined and
   * writes no answer otherwise. `current` is the entity's record before the
   * change, stored first as `EntityStore.saveEntityRecord` does (the
   * revision of an entity never cached can only be claimed once it is);
   * `updated` is its record with the changes applied, stored with them.
   */
  applyAnswers(options: {
    current: EntityRecord;
    updated: EntityRecord;
    revision: number;
    changes: AnswerChange[];
    actor: string;
    now: Date;
  }): Promise<number | undefined>;

  /** Newest first; `beforeId` continues after the previous page. */
  listHistory(
    entityRef: string,
    options: { limit: number; beforeId?: number; criterionId?: string },
  ): Promise<{ items: HistoryEvent[]; hasMore: boolean }>;
}
