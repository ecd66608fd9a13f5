import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { EvidenceSource } from '@sre-maturity/backstage-plugin-node';
import {
  CachedEvidence,
  EvidenceCacheStore,
} from '../../database/EvidenceCacheStore';
import { CatalogSync } from '../../sync/CatalogSync';
import { CachedEvidenceProvider, servedEvidence } from '../cachedEvidence';
import { HostRateLimiter } from './HostRateLimiter';

/** The longest "could not read" message kept. */
const MAX_MESSAGE_LENGTH = 300;

/**
 * A source that could not be read is tried again after this long (or
 * `refreshAfterMs`, if shorter): a passing failure (a deploy of the git
 * server, a rate limit) then clears within the hour, while a repository
 * that is gone for good costs one request an hour.
 */
export const RETRY_UNREADABLE_AFTER_MS = 60 * 60 * 1000;

export interface EvidenceRefreshOptions {
  catalog: CatalogService;
  auth: AuthService;
  providers: CachedEvidenceProvider[];
  cache: EvidenceCacheStore;
  /** Recomputes the entities whose evidence changed, as the sync does. */
  sync: Pick<CatalogSync, 'recompute' | 'fields'>;
  model: MaturityModel;
  /** Kinds to leave out, lower case. */
  excludeKinds: ReadonlySet<string>;
  pageSize: number;
  /** Sources read at the same time. */
  concurrency: number;
  /** How old a read may get before it is read again. */
  refreshAfterMs: number;
  limiter: HostRateLimiter;
  logger: LoggerService;
}

export interface RefreshSummary {
  /** Sources read successfully. */
  read: number;
  /** Sources that could not be read. */
  unreadable: number;
  /** Entities whose evidence changed and whose records were recomputed. */
  recomputed: number;
}

interface Read {
  provider: CachedEvidenceProvider;
  entity: Entity;
  entityRef: string;
  source: EvidenceSource;
  previous?: CachedEvidence;
}

/**
 * The error of a failed read as users see it: its first line, without a
 * stack, cut to a sensible length.
 */
export function couldNotReadMessage(error: unknown): string {
  const [line] = stringifyError(error).split('\n');
  return line.length > MAX_MESSAGE_LENGTH
    ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : line;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Reads in an order that alternates hosts, so one slow host does not hold up the rest. */
function alternateHosts(reads: Read[]): Read[] {
  const byHost = new Map<string, Read[]>();
  for (const read of reads) {
    const host = hostOf(read.source.url);
    byHost.set(host, [...(byHost.get(host) ?? []), read]);
  }
  const queues = [...byHost.values()];
  const ordered: Read[] = [];
  for (let i = 0; ordered.length < reads.length; i++) {
    for (const queue of queues) {
      if (i < queue.length) {
        ordered.push(queue[i]);
      }
    }
  }
  return ordered;
}

/**
 * Reads the sources of cached evidence providers: the scheduled task that
 * is the only caller of their `getEvidence`. Page by page through the
 * catalog, it reads each source that is new, moved, or older than
 * `refreshAfterMs`, a bounded number at a time and at most so many per
 * minute per host, stores each read as it completes, and recomputes the
 * entities whose evidence changed.
 */
export class EvidenceRefresh {
  constructor(private readonly options: EvidenceRefreshOptions) {}

  async run(signal?: AbortSignal): Promise<RefreshSummary> {
    const { catalog, auth, sync, excludeKinds, pageSize, cache, logger } =
      this.options;
    const summary: RefreshSummary = { read: 0, unreadable: 0, recomputed: 0 };
    const credentials = await auth.getOwnServiceCredentials();
    let cursor: string | undefined;
    do {
      signal?.throwIfAborted();
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: pageSize, fields: sync.fields }
          : { limit: pageSize, fields: sync.fields },
        { credentials },
      );
      const kept = page.items.filter(
        entity => !excludeKinds.has(entity.kind.toLocaleLowerCase('en-US')),
      );
      await this.refreshPage(kept, summary, signal);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    await cache.deleteRemovedEntities();
    logger.info(
      `Evidence refresh: ${summary.read} sources read, ${summary.unreadable} could not be read, ${summary.recomputed} entities recomputed`,
    );
    return summary;
  }

  private async refreshPage(
    entities: Entity[],
    summary: RefreshSummary,
    signal?: AbortSignal,
  ) {
    const { providers, cache, sync, refreshAfterMs } = this.options;
    const refs = entities.map(entity => stringifyEntityRef(entity));
    const entries = new Map(
      (await cache.getCachedEvidence(refs)).map(entry => [
        `${entry.provider}\n${entry.entityRef}`,
        entry,
      ]),
    );
    const now = Date.now();
    const dueBefore = {
      read: now - refreshAfterMs,
      unreadable: now - Math.min(refreshAfterMs, RETRY_UNREADABLE_AFTER_MS),
    };
    const reads: Read[] = [];
    const changed = new Set<string>();
    for (const provider of providers) {
      const gone: string[] = [];
      entities.forEach((entity, i) => {
        const entityRef = refs[i];
        const previous = entries.get(`${provider.id}\n${entityRef}`);
        const source = provider.cached.sourceOf(entity);
        if (!source) {
          // Not served any more (see serveCachedEvidence): only forgotten.
          if (previous) {
            gone.push(entityRef);
          }
          return;
        }
        const fresh =
          previous?.source === source.url &&
          Date.parse(previous.checkedAt) > dueBefore[previous.status];
        if (!fresh) {
          reads.push({ provider, entity, entityRef, source, previous });
        }
      });
      await cache.deleteCachedEvidence(provider.id, gone);
    }

    await this.readAll(
      alternateHosts(reads),
      async (read, entry) => {
        await cache.saveCachedEvidence(entry);
        summary[entry.status === 'read' ? 'read' : 'unreadable'] += 1;
        const before = servedEvidence(read.previous, read.source.url);
        if (JSON.stringify(before) !== JSON.stringify(entry.evidence)) {
          changed.add(read.entityRef);
        }
      },
      signal,
    );

    if (changed.size > 0) {
      await sync.recompute(entities.filter((_, i) => changed.has(refs[i])));
      summary.recomputed += changed.size;
    }
  }

  /** Runs the reads, `concurrency` at a time, each after its host's slot. */
  private async readAll(
    reads: Read[],
    onRead: (read: Read, entry: CachedEvidence) => Promise<void>,
    signal?: AbortSignal,
  ) {
    const { concurrency, limiter } = this.options;
    let next = 0;
    const worker = async () => {
      while (next < reads.length) {
        signal?.throwIfAborted();
        const read = reads[next++];
        await limiter.take(hostOf(read.source.url), signal);
        await onRead(read, await this.readOne(read));
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(concurrency, reads.length) }, worker),
    );
  }

  private async readOne(read: Read): Promise<CachedEvidence> {
    const { model, logger } = this.options;
    const { provider, entity, entityRef, source, previous } = read;
    const checkedAt = new Date().toISOString();
    const base = { provider: provider.id, entityRef, source: source.url };
    try {
      const evidence = await provider.getEvidence({ entity, model, source });
      return {
        ...base,
        status: 'read',
        evidence,
        readAt: checkedAt,
        checkedAt,
      };
    } catch (error) {
      const message = couldNotReadMessage(error);
      logger.warn(
        `Evidence provider '${provider.id}' could not read ${source.url} for ${entityRef}: ${message}`,
      );
      // A failed read is no proof of absence: what the last successful read
      // of this very source found still counts, shown as "could not read".
      const kept = previous?.source === source.url ? previous : undefined;
      return {
        ...base,
        status: 'unreadable',
        evidence: kept?.evidence ?? [],
        message,
        readAt: kept?.readAt,
        checkedAt,
      };
    }
  }
}
