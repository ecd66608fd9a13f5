import { Answer, HistoryEvent } from '@sre-maturity/backstage-plugin-common';
import { AnswerChange, EntityRecord } from './types';

/** What an update or a recomputation starts from. */
export interface AssessmentState {
  revision: number;
  answers: Answer[];
  /** Of the cached record; undefined when the entity is not cached yet. */
  fingerprint?: string;
}

/** An update of one entity's answers: see `AssessmentStore.applyAnswers`. */
export interface ApplyAnswersOptions {
  /** The entity's record before the change. */
  current: EntityRecord;
  /** The entity's record with the changes applied. */
  updated: EntityRecord;
  /** The revision the change is based on. */
  revision: number;
  changes: AnswerChange[];
  /** Entity ref of the user who made the change. */
  actor: string;
  now: Date;
}

/** Which history events to list: a page, optionally of one criterion. */
export interface HistoryQuery {
  limit: number;
  /** Continues after the previous page, whose last event had this id. */
  beforeId?: number;
  criterionId?: string;
}

/** One page of history events, and whether more follow. */
export interface HistoryPage {
  items: HistoryEvent[];
  hasMore: boolean;
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
   * writes no answer otherwise. `current` is stored first as
   * `EntityStore.saveEntityRecord` does (the revision of an entity never
   * cached can only be claimed once it is); `updated` is stored with the
   * answers.
   */
  applyAnswers(options: ApplyAnswersOptions): Promise<number | undefined>;

  /** Newest first; `beforeId` continues after the previous page. */
  listHistory(entityRef: string, query: HistoryQuery): Promise<HistoryPage>;
}
