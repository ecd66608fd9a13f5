import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ExpiringCache } from '../cache/ExpiringCache';
import { EntityVisibility } from '../database/types';
import {
  listInQueries,
  ViewerList,
  ViewerListStrategy,
  VISIBILITY_TTL_MS,
} from './viewerLists';

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const PAGE_SIZE = 1000;

/**
 * Decides which entities a caller may see in the scorecard, with the
 * catalog's own read permission: all, none, or, when the policy's decision
 * is conditional, exactly the entities the catalog returns to the caller.
 * How that list reaches the queries is the `lists` strategy's business.
 */
export class EntityVisibilityResolver {
  private readonly permissions: PermissionsService;
  private readonly catalog: CatalogService;
  private readonly lists: ViewerListStrategy;
  private readonly remembered: ExpiringCache<ViewerList>;

  constructor(options: {
    permissions: PermissionsService;
    catalog: CatalogService;
    /** Defaults to {@link listInQueries}. */
    lists?: ViewerListStrategy;
    now?: () => number;
  }) {
    this.permissions = options.permissions;
    this.catalog = options.catalog;
    this.lists = options.lists ?? listInQueries;
    this.remembered = new ExpiringCache({
      ttlMs: VISIBILITY_TTL_MS,
      maxEntries: 10_000,
      now: options.now,
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
    const list = await this.remembered.get(key, () =>
      this.readVisible(credentials),
    );
    return this.lists.visibilityOf(list, () =>
      this.remembered.delete(key, list),
    );
  }

  private async readVisible(
    credentials: BackstageCredentials,
  ): Promise<ViewerList> {
    const refs: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: REF_FIELDS }
          : { limit: PAGE_SIZE, fields: REF_FIELDS },
        { credentials },
      );
      refs.push(...page.items.map(entity => stringifyEntityRef(entity)));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return { viewerId: randomUUID(), refs };
  }
}
