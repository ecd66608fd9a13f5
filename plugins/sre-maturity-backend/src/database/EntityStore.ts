import { AssessmentState } from './AssessmentStore';
import { EntityRecord } from './types';

/**
 * The cache of each entity's catalog fields, evidence and scores that the
 * scorecard reads, written by requests and by the catalog sync.
 */
export interface EntityStore {
  /**
   * Stores a record computed at `revision` unless it is unchanged, or an
   * update wrote a newer revision meanwhile (whose own record is then
   * fresher).
   */
  saveEntityRecord(
    record: EntityRecord,
    revision: number,
    now: Date,
  ): Promise<void>;

  /**
   * Stores the records of one sync batch that differ from the cache; the
   * others are not written at all. Returns how many changed, and which
   * entities an update changed since `states` was read: their stored record
   * may predate that update and must be recomputed.
   */
  saveSyncedEntities(
    records: EntityRecord[],
    states: Map<string, AssessmentState>,
    syncedAt: Date,
  ): Promise<{ updated: number; outdated: string[] }>;

  /**
   * Marks the entities that the sync started at `syncStartedAt` did not see
   * as gone from the catalog, keeping their answers and history. Entities
   * written since the sync started were just read from the catalog by a
   * request and stay.
   */
  markEntitiesRemoved(
    seen: ReadonlySet<string>,
    syncStartedAt: Date,
  ): Promise<number>;
}
