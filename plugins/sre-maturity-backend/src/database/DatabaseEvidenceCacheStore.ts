import { Evidence } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { listBatches } from './batches';
import { optional, readJson, readTimestamp } from './conversions';
import { CachedEvidence, EvidenceCacheStore } from './EvidenceCacheStore';
import { ENTITIES, EVIDENCE_CACHE, EvidenceCacheRow } from './tables';

function toEntry(row: EvidenceCacheRow): CachedEvidence {
  return {
    provider: row.provider,
    entityRef: row.entity_ref,
    source: row.source,
    status: row.status,
    evidence: readJson<Evidence[]>(row.evidence, []),
    message: optional(row.message),
    readAt: readTimestamp(row.read_at),
    checkedAt: readTimestamp(row.checked_at)!,
  };
}

/** The evidence cache in the plugin's database. */
export class DatabaseEvidenceCacheStore implements EvidenceCacheStore {
  constructor(private readonly db: Knex) {}

  async getCachedEvidence(entityRefs: string[]): Promise<CachedEvidence[]> {
    const entries: CachedEvidence[] = [];
    for (const refs of listBatches(this.db, [...new Set(entityRefs)])) {
      const rows = await this.db<EvidenceCacheRow>(EVIDENCE_CACHE).whereIn(
        'entity_ref',
        refs,
      );
      entries.push(...rows.map(toEntry));
    }
    return entries;
  }

  async saveCachedEvidence(entry: CachedEvidence): Promise<void> {
    await this.db<EvidenceCacheRow>(EVIDENCE_CACHE)
      .insert({
        provider: entry.provider,
        entity_ref: entry.entityRef,
        source: entry.source,
        status: entry.status,
        evidence: JSON.stringify(entry.evidence),
        message: entry.message ?? null,
        read_at: entry.readAt ? new Date(entry.readAt) : null,
        checked_at: new Date(entry.checkedAt),
      })
      .onConflict(['entity_ref', 'provider'])
      .merge();
  }

  async deleteCachedEvidence(
    provider: string,
    entityRefs: string[],
  ): Promise<void> {
    for (const refs of listBatches(this.db, entityRefs)) {
      await this.db(EVIDENCE_CACHE)
        .where('provider', provider)
        .whereIn('entity_ref', refs)
        .delete();
    }
  }

  async deleteRemovedEntities(): Promise<number> {
    return this.db(EVIDENCE_CACHE)
      .whereIn(
        'entity_ref',
        this.db(ENTITIES).where('in_catalog', false).select('entity_ref'),
      )
      .delete();
  }
}
