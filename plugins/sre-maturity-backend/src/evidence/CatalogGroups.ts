import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ExpiringCache } from '../cache/ExpiringCache';

const GROUP_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const PAGE_SIZE = 1000;
/** How long the group list is used before the catalog is read again. */
const REFRESH_AFTER_MS = 10 * 60 * 1000;

/**
 * The refs of the catalog's Group entities, read with the plugin's own
 * credentials and kept for ten minutes, so that judging an owner costs no
 * catalog request per entity. Concurrent callers share one read.
 */
export class CatalogGroups {
  private readonly cache: ExpiringCache<ReadonlySet<string>>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      now?: () => number;
    },
  ) {
    this.cache = new ExpiringCache({
      ttlMs: REFRESH_AFTER_MS,
      maxEntries: 1,
      now: options.now,
    });
  }

  /** Lower case, as `stringifyEntityRef` writes them. */
  groupRefs(): Promise<ReadonlySet<string>> {
    return this.cache.get('groups', () => this.read());
  }

  private async read(): Promise<ReadonlySet<string>> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const refs = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: GROUP_FIELDS }
          : {
              filter: { kind: 'group' },
              limit: PAGE_SIZE,
              fields: GROUP_FIELDS,
            },
        { credentials },
      );
      for (const group of page.items) {
        refs.add(stringifyEntityRef(group).toLocaleLowerCase('en-US'));
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return refs;
  }
}
