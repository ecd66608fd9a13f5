import { Entity } from '@backstage/catalog-model';
import {
  Evidence,
  EvidenceSourceStatus,
  MaturityModel,
  UnreadableEvidence,
} from '@sre-maturity/backstage-plugin-common';
import {
  EvidenceProvider,
  EvidenceProviderCaching,
} from '@sre-maturity/backstage-plugin-node';
import { CachedEvidence } from '../database/EvidenceCacheStore';

/** A provider whose evidence is read on a schedule and served from the cache. */
export type CachedEvidenceProvider = EvidenceProvider & {
  cached: EvidenceProviderCaching;
};

export function isCached(
  provider: EvidenceProvider,
): provider is CachedEvidenceProvider {
  return provider.cached !== undefined;
}

/**
 * The evidence a cache entry gives for the entity's source: what the last
 * successful read of that very URL found. An entry of another URL (the
 * entity moved) gives none until the new one is read.
 */
export function servedEvidence(
  entry: CachedEvidence | undefined,
  url: string,
): Evidence[] {
  return entry?.source === url ? entry.evidence : [];
}

export interface ServedCachedEvidence {
  evidence: Evidence[];
  status: EvidenceSourceStatus;
  unreadable?: UnreadableEvidence;
}

/**
 * What a cached provider says about an entity, from its cache entry: the
 * evidence, where its source stands, and, when the last read failed, the
 * criteria that show it as "could not read".
 */
export function serveCachedEvidence(options: {
  provider: CachedEvidenceProvider;
  entity: Entity;
  model: MaturityModel;
  entry?: CachedEvidence;
}): ServedCachedEvidence {
  const { provider, entity, model, entry } = options;
  const source = provider.cached.sourceOf(entity);
  if (!source) {
    return { evidence: [], status: { provider: provider.id, status: 'none' } };
  }
  if (entry?.source !== source.url) {
    return {
      evidence: [],
      status: { provider: provider.id, status: 'pending', source: source.url },
    };
  }
  const status: EvidenceSourceStatus = {
    provider: provider.id,
    status: entry.status,
    source: entry.source,
    ...(entry.readAt && { readAt: entry.readAt }),
    checkedAt: entry.checkedAt,
    ...(entry.message && { message: entry.message }),
  };
  if (entry.status === 'read') {
    return { evidence: entry.evidence, status };
  }
  return {
    evidence: entry.evidence,
    status,
    unreadable: {
      criterionIds: provider.cached.criteriaOf(model),
      source: {
        provider: provider.id,
        source: entry.source,
        message: entry.message ?? 'Could not be read',
        checkedAt: entry.checkedAt,
      },
    },
  };
}
