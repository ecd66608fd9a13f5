import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityVisibility } from '../database/types';

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];
const PAGE_SIZE = 1000;

/**
 * Decides which entities a caller may see in the scorecard, with the
 * catalog's own read permission: all, none, or, when the policy's decision
 * is conditional, exactly the entities the catalog returns to the caller.
 */
export class EntityVisibilityResolver {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly catalog: CatalogService,
  ) {}

  async resolve(credentials: BackstageCredentials): Promise<EntityVisibility> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return { type: 'all' };
    }
    if (decision.result === AuthorizeResult.DENY) {
      return { type: 'none' };
    }

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
    return { type: 'refs', entityRefs };
  }
}
