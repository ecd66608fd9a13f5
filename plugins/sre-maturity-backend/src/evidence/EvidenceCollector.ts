import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  criterionIds,
  Evidence,
  EvidenceSourceStatus,
  MaturityModel,
  UnreadableEvidence,
} from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';
import {
  CachedEvidence,
  EvidenceCacheStore,
} from '../database/EvidenceCacheStore';
import {
  CachedEvidenceProvider,
  isCached,
  serveCachedEvidence,
} from './cachedEvidence';

/** How many entities ask the providers that are not cached at the same time. */
const LIVE_CONCURRENCY = 20;

export interface CollectedEvidence {
  evidence: Evidence[];
  /** One message per provider that failed (providers that are not cached). */
  warnings: string[];
  /** The sources of cached providers whose last read failed. */
  unreadable: UnreadableEvidence[];
  /** Where each cached provider stands for the entity. */
  sources: EvidenceSourceStatus[];
}

/**
 * Gathers an entity's evidence: asks the providers that are not cached, and
 * serves the cached ones' from the evidence cache (the scheduled refresh
 * fills it; nothing here reads their sources).
 */
export class EvidenceCollector {
  private readonly live: EvidenceProvider[];
  readonly cachedProviders: CachedEvidenceProvider[];

  constructor(
    providers: EvidenceProvider[],
    private readonly cache: EvidenceCacheStore,
    private readonly logger: LoggerService,
  ) {
    this.live = providers.filter(p => !isCached(p));
    this.cachedProviders = providers.filter(isCached);
  }

  /** The entity fields that providers need beyond the sync's own. */
  get entityFields(): string[] {
    return [
      ...new Set(
        [...this.live, ...this.cachedProviders].flatMap(
          p => p.entityFields ?? [],
        ),
      ),
    ];
  }

  async collect(
    entity: Entity,
    model: MaturityModel,
  ): Promise<CollectedEvidence> {
    const [collected] = await this.collectMany([entity], model);
    return collected;
  }

  /** The evidence of each entity, in order, with one read of the cache. */
  async collectMany(
    entities: Entity[],
    model: MaturityModel,
  ): Promise<CollectedEvidence[]> {
    const refs = entities.map(entity => stringifyEntityRef(entity));
    const entries = new Map<string, CachedEvidence>();
    if (this.cachedProviders.length > 0 && entities.length > 0) {
      for (const entry of await this.cache.getCachedEvidence(refs)) {
        entries.set(cacheKey(entry.provider, entry.entityRef), entry);
      }
    }
    const inModel = criterionIds(model);
    const collected: CollectedEvidence[] = [];
    for (let i = 0; i < entities.length; i += LIVE_CONCURRENCY) {
      const slice = entities.slice(i, i + LIVE_CONCURRENCY);
      collected.push(
        ...(await Promise.all(
          slice.map(async (entity, j) => {
            const entityRef = refs[i + j];
            const live = await this.askLive(entity, entityRef, model);
            const cached = this.cachedProviders.map(provider =>
              serveCachedEvidence({
                provider,
                entity,
                model,
                entry: entries.get(cacheKey(provider.id, entityRef)),
              }),
            );
            return {
              evidence: [
                ...live.flatMap(r => r.evidence),
                ...cached.flatMap(r => r.evidence),
              ].filter(e => inModel.has(e.criterionId)),
              warnings: live.flatMap(r => (r.warning ? [r.warning] : [])),
              unreadable: cached.flatMap(r =>
                r.unreadable ? [r.unreadable] : [],
              ),
              sources: cached.map(r => r.status),
            };
          }),
        )),
      );
    }
    return collected;
  }

  private askLive(entity: Entity, entityRef: string, model: MaturityModel) {
    return Promise.all(
      this.live.map(async provider => {
        try {
          const found = await provider.getEvidence({ entity, model });
          return { evidence: found };
        } catch (error) {
          const message = `Evidence provider '${
            provider.id
          }' failed: ${stringifyError(error)}`;
          this.logger.warn(`${message} (${entityRef})`);
          return { evidence: [], warning: message };
        }
      }),
    );
  }
}

function cacheKey(provider: string, entityRef: string): string {
  return `${provider}\n${entityRef}`;
}
