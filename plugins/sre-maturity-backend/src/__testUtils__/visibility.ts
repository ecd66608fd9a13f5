import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import { EntityVisibility } from '../database/types';
import { VisibleEntityStore } from '../database/VisibleEntityStore';
import { EntityVisibilityResolver } from '../service/EntityVisibilityResolver';
import { StoredViewerLists } from '../service/StoredViewerLists';
import { testEntity } from './fixtures';

export const viewerIdOf = (visibility: EntityVisibility) =>
  visibility.type === 'viewer' ? visibility.viewerId : undefined;

/** Lets pending promise callbacks run. */
export const settle = () => new Promise(resolve => setImmediate(resolve));

/**
 * A resolver as the plugin builds it on PostgreSQL, storing lists with
 * StoredViewerLists, over a mock catalog of `entities`, the policy's
 * decision and the clock in `state`, and a mock store's `save`.
 */
export function testVisibility(
  decision: PolicyDecision,
  entities: Entity[] = [testEntity('a'), testEntity('b')],
) {
  const state = { decision, now: 1_000_000 };
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => [state.decision],
  });
  const catalog = catalogServiceMock({ entities });
  const queryEntities = jest.spyOn(catalog, 'queryEntities');
  const save = jest.fn(async () => {});
  const visibleEntities = { save } as unknown as VisibleEntityStore;
  const logger = mockServices.logger.mock();
  return {
    visibility: new EntityVisibilityResolver({
      permissions,
      catalog,
      lists: new StoredViewerLists({
        visibleEntities,
        logger,
        now: () => state.now,
      }),
      now: () => state.now,
    }),
    state,
    permissions,
    queryEntities,
    save,
    logger,
  };
}
