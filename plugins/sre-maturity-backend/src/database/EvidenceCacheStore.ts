import { Evidence } from '@sre-maturity/backstage-plugin-common';

/** What a cached evidence provider last read for one entity. */
export interface CachedEvidence {
  provider: string;
  entityRef: string;
  /** The URL read. */
  source: string;
  /** Whether the last try succeeded. */
  status: 'read' | 'unreadable';
  /** What the last successful read of `source` found. */
  evidence: Evidence[];
  /** Why the last try failed (`unreadable` only). */
  message?: string;
  /** When `source` was last read successfully, ISO 8601. */
  readAt?: string;
  /** When `source` was last tried, ISO 8601. */
  checkedAt: string;
}

/**
 * What cached evidence providers read, written by the scheduled refresh and
 * read by assessments and the catalog sync.
 */
export interface EvidenceCacheStore {
  /** What every cached provider read for these entities. */
  getCachedEvidence(entityRefs: string[]): Promise<CachedEvidence[]>;

  /** Stores one read, replacing the provider's previous one for the entity. */
  saveCachedEvidence(entry: CachedEvidence): Promise<void>;

  /** Forgets what a provider read for these entities. */
  deleteCachedEvidence(provider: string, entityRefs: string[]): Promise<void>;

  /**
   * Forgets what was read for entities the sync marked as gone from the
   * catalog; returns how many reads it forgot.
   */
  deleteRemovedEntities(): Promise<number>;
}
