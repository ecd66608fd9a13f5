import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ExpiringCache } from '../cache/ExpiringCache';
import { EntityVisibility } from '../database/types';
import { VisibleEntityStore } from '../database/VisibleEntityStore';

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const PAGE_SIZE = 1000;

/**
 * How long the list of entities a conditionally allowed caller may read is
 * reused. Reading it pages through the caller's whole catalog view, which
 * takes seconds for tens of thousands of entities; a scorecard session makes
 * many requests. Permission changes are not delayed by it: the list is kept
 * per caller and per conditions, so new conditions make a new list.
 */
export const VISIBILITY_TTL_MS = 5 * 60 * 1000;

/**
 * How long a list used by one request only waits in memory for the caller's
 * next request before it is stored anyway, for the rest of its TTL.
 */
export const UNUSED_LIST_TTL_MS = 30_000;

/** The most lists waiting in memory unstored; more are stored at once. */
export const MAX_UNSTORED_LISTS = 20;

/** A caller's list: in memory until it is stored, then only its id. */
interface VisibleList {
  key: string;
  viewerId: string;
  unsavedRefs?: readonly string[];
  readAt: number;
  uses: number;
}

/**
 * Decides which entities a caller may see in the scorecard, with the
 * catalog's own read permission: all, none, or, when the policy's decision
 * is conditional, exactly the entities the catalog returns to the caller.
 */
export class EntityVisibilityResolver {
  private readonly permissions: PermissionsService;
  private readonly catalog: CatalogService;
  private readonly visibleEntities: VisibleEntityStore;
  private readonly logger: LoggerService;
  private readonly now: () => number;
  private readonly remembered: ExpiringCache<VisibleList>;
  private readonly unstored = new Set<VisibleList>();

  constructor(options: {
    permissions: PermissionsService;
    catalog: CatalogService;
    visibleEntities: VisibleEntityStore;
    logger: LoggerService;
    now?: () => number;
  }) {
    this.permissions = options.permissions;
    this.catalog = options.catalog;
    this.visibleEntities = options.visibleEntities;
    this.logger = options.logger;
    this.now = options.now ?? Date.now;
    this.remembered = new ExpiringCache({
      ttlMs: VISIBILITY_TTL_MS,
      maxEntries: 10_000,
      now: this.now,
    });
  }

  async resolve(credentials: BackstageCredentials): Promise<EntityVisibility> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return {
        type: decision.result === AuthorizeResult.ALLOW ? 'all' : 'none',
      };
    }

    // Concurrent requests of one caller share one catalog read.
    const key = JSON.stringify([credentials.principal, decision.conditions]);
    this.storeWaiting();
    const list = await this.remembered.get(key, () =>
      this.readVisible(credentials, key),
    );
    // The list is written to the database for the caller's second request,
    // so that their first, which shows the rows, does not share the
    // database with the write.
    list.uses += 1;
    if (list.uses === 2 && this.unstored.has(list)) {
      this.store(list);
    }
    const { viewerId, unsavedRefs } = list;
    return unsavedRefs
      ? { type: 'viewer', viewerId, unsavedRefs }
      : { type: 'viewer', viewerId };
  }

  private async readVisible(
    credentials: BackstageCredentials,
    key: string,
  ): Promise<VisibleList> {
    const entityRefs: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: REF_FIELDS }
          : { limit: PAGE_SIZE, fields: REF_FIELDS },
        { credentials },
      );
      entityRefs.push(...page.items.map(entity => stringifyEntityRef(entity)));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    // Until it is stored, queries match against the list in memory.
    const list: VisibleList = {
      key,
      viewerId: randomUUID(),
      unsavedRefs: entityRefs,
      readAt: this.now(),
      uses: 0,
    };
    if (this.unstored.size < MAX_UNSTORED_LISTS) {
      this.unstored.add(list);
    } else {
      this.store(list);
    }
    return list;
  }

  /**
   * Writes the list in the background. After a failed write the list is
   * forgotten, so that the caller's next request reads it anew rather than
   * hold it in memory for the whole TTL.
   */
  private store(list: VisibleList) {
    this.unstored.delete(list);
    const refs = list.unsavedRefs;
    if (!refs) {
      return;
    }
    // A list is in use for at most the TTL; forgetting only lists twice as
    // old leaves room for the clocks of several replicas to differ.
    const now = this.now();
    this.visibleEntities
      .save(
        list.viewerId,
        refs,
        new Date(now),
        new Date(now - 2 * VISIBILITY_TTL_MS),
      )
      .then(
        () => delete list.unsavedRefs,
        error => {
          this.remembered.delete(list.key, list);
          this.logger.warn(
            'Could not store the entities a caller may read; their next request reads them from the catalog again',
            error,
          );
        },
      );
  }

  /**
   * Stores the lists that no second request came for in time, and lets go
   * of those past their TTL, which no request can use any more.
   */
  private storeWaiting() {
    const now = this.now();
    for (const list of this.unstored) {
      if (list.readAt <= now - VISIBILITY_TTL_MS) {
        this.unstored.delete(list);
      } else if (list.readAt < now - UNUSED_LIST_TTL_MS) {
        this.store(list);
      }
    }
  }
}
