import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Answer,
  Evidence,
  MaturityModel,
  UnreadableEvidence,
} from '@sre-maturity/backstage-plugin-common';
import { computeEntityRecord } from '../assessment/computeEntityRecord';
import { AssessmentStore } from '../database/AssessmentStore';
import { EntityStore } from '../database/EntityStore';
import { GroupTreeStore } from '../database/GroupTreeStore';
import { EvidenceCollector } from '../evidence/EvidenceCollector';
import { readGroupTree } from '../groups/readGroupTree';
import { ScorecardStore } from '../database/ScorecardStore';

/** The entity fields the cache, the targets and the built-in evidence need. */
export const SYNC_ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  'metadata.links',
  'spec.owner',
  'spec.system',
  'spec.type',
  'spec.lifecycle',
];

interface SyncItem {
  entityRef: string;
  entity: Entity;
  evidence: Evidence[];
  unreadable: UnreadableEvidence[];
  pendingSources: number;
}

export interface SyncSummary {
  /** Entities read from the catalog and kept (kinds not excluded). */
  entities: number;
  /** Entities whose cached data changed. */
  updated: number;
  /** Entities marked as gone from the catalog. */
  removed: number;
  /** Groups in the stored group tree. */
  groups: number;
  /**
   * Sources of cached evidence providers not read yet (new entities, moved
   * repositories): the evidence refresh is due.
   */
  pendingSources: number;
  durationMs: number;
}

export interface CatalogSyncOptions {
  catalog: CatalogService;
  auth: AuthService;
  assessmentStore: AssessmentStore;
  entityStore: EntityStore;
  /** Where the sync keeps the catalog's group tree. */
  groupTree: GroupTreeStore;
  /** Whose owner roll-ups the sync brings up to date after its writes. */
  scorecard: Pick<ScorecardStore, 'refreshOwnerRollUps'>;
  evidence: EvidenceCollector;
  model: MaturityModel;
  staleAfterDays: number;
  /** Kinds to leave out, lower case. */
  excludeKinds: ReadonlySet<string>;
  pageSize: number;
  logger: LoggerService;
}

/**
 * Reads the whole catalog page by page with the plugin's own credentials,
 * refreshes the cached catalog fields, evidence and scores of every entity,
 * and marks the entities that left the catalog.
 */
export class CatalogSync {
  constructor(private readonly options: CatalogSyncOptions) {}

  /**
   * Runs a sync. The scheduler runs one at a time; `signal` (its timeout or
   * shutdown) stops it between pages, before it marks anything removed, so
   * that an aborted run never takes unread entities for gone ones.
   */
  async run(signal?: AbortSignal): Promise<SyncSummary> {
    const { catalog, auth, entityStore, excludeKinds, pageSize } = this.options;
    const startedAt = new Date();
    const credentials = await auth.getOwnServiceCredentials();
    const fields = this.fields;
    // Unchanged entities are not written, so the sync remembers which it saw.
    const seen = new Set<string>();
    let updated = 0;
    let pendingSources = 0;
    let cursor: string | undefined;
    do {
      signal?.throwIfAborted();
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: pageSize, fields }
          : { limit: pageSize, fields },
        { credentials },
      );
      const kept = page.items.filter(
        entity => !excludeKinds.has(entity.kind.toLocaleLowerCase('en-US')),
      );
      const batch = await this.syncBatch(kept, startedAt, seen);
      updated += batch.updated;
      pendingSources += batch.pendingSources;
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    signal?.throwIfAborted();
    const groups = await readGroupTree(this.options.catalog, credentials);
    await this.options.groupTree.replaceGroups(groups);

    signal?.throwIfAborted();
    const removed = await entityStore.markEntitiesRemoved(seen, startedAt);
    // Counted now, a Group page after a large sync need not count them.
    await this.options.scorecard.refreshOwnerRollUps();
    const entities = seen.size;
    const summary = {
      entities,
      updated,
      removed,
      groups: groups.length,
      pendingSources,
      durationMs: Date.now() - startedAt.getTime(),
    };
    this.options.logger.info(
      `Catalog sync: ${entities} entities, ${updated} updated, ${removed} removed, ${groups.length} groups in ${summary.durationMs} ms`,
    );
    return summary;
  }

  /**
   * Recomputes the cached records of these entities, e.g. after the
   * evidence refresh changed what their cached providers read; the entities
   * hold the fields the sync reads (`fields`).
   */
  async recompute(entities: Entity[]): Promise<number> {
    return (await this.syncBatch(entities, new Date(), new Set())).updated;
  }

  /** The entity fields the sync and the evidence providers read. */
  get fields(): string[] {
    return [
      ...new Set([
        ...SYNC_ENTITY_FIELDS,
        ...this.options.evidence.entityFields,
      ]),
    ];
  }

  private async syncBatch(
    entities: Entity[],
    syncedAt: Date,
    seen: Set<string>,
  ): Promise<{ updated: number; pendingSources: number }> {
    const { assessmentStore, entityStore } = this.options;
    const items = await this.collectEvidence(entities);
    items.forEach(item => seen.add(item.entityRef));
    const states = await assessmentStore.getAssessmentStates(
      items.map(i => i.entityRef),
    );
    const now = new Date();
    const { updated, outdated } = await entityStore.saveSyncedEntities(
      items.map(item =>
        this.recordOf(item, states.get(item.entityRef)?.answers ?? [], now),
      ),
      states,
      syncedAt,
    );

    // An update committed while this batch was being computed: recompute
    // those entities from their new answers.
    const byRef = new Map(items.map(item => [item.entityRef, item]));
    for (const entityRef of outdated) {
      const state = await assessmentStore.getAssessmentState(entityRef);
      await entityStore.saveEntityRecord(
        this.recordOf(byRef.get(entityRef)!, state.answers, now),
        state.revision,
        now,
      );
    }
    return {
      updated,
      pendingSources: items.reduce((sum, item) => sum + item.pendingSources, 0),
    };
  }

  private recordOf(item: SyncItem, answers: Answer[], now: Date) {
    const { model, staleAfterDays } = this.options;
    return computeEntityRecord({
      model,
      entity: item.entity,
      evidence: item.evidence,
      unreadable: item.unreadable,
      answers,
      now,
      staleAfterDays,
      scorable: true,
    }).record;
  }

  private async collectEvidence(entities: Entity[]): Promise<SyncItem[]> {
    const { evidence, model } = this.options;
    const collected = await evidence.collectMany(entities, model);
    return entities.map((entity, i) => ({
      entityRef: stringifyEntityRef(entity),
      entity,
      evidence: collected[i].evidence,
      unreadable: collected[i].unreadable,
      pendingSources: collected[i].sources.filter(s => s.status === 'pending')
        .length,
    }));
  }
}
