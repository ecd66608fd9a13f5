import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { testEntity } from '../__testUtils__/fixtures';
import { VisibleEntityStore } from '../database/VisibleEntityStore';
import {
  EntityVisibilityResolver,
  VISIBILITY_TTL_MS,
} from './EntityVisibilityResolver';

function conditional(claims: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      rule: 'IS_ENTITY_OWNER',
      resourceType: 'catalog-entity',
      params: { claims },
    },
  };
}

describe('EntityVisibilityResolver', () => {
  const credentials = mockCredentials.user();

  function resolver(
    decision: PolicyDecision,
    entities = [testEntity('a'), testEntity('b')],
  ) {
    const state = { decision, now: 1_000_000 };
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async () => [state.decision],
    });
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    let saved = 0;
    const save = jest.fn(async () => `viewer-${++saved}`);
    const visibleEntities = { save } as unknown as VisibleEntityStore;
    return {
      visibility: new EntityVisibilityResolver(
        permissions,
        catalog,
        visibleEntities,
        () => state.now,
      ),
      state,
      permissions,
      queryEntities,
      save,
    };
  }

  it('needs no catalog call when reading is allowed or denied', async () => {
    const allowed = resolver({ result: AuthorizeResult.ALLOW });
    expect(await allowed.visibility.resolve(credentials)).toEqual({
      type: 'all',
    });
    expect(allowed.permissions.authorizeConditional).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'catalog.entity.read',
          }),
        },
      ],
      { credentials },
    );
    const denied = resolver({ result: AuthorizeResult.DENY });
    expect(await denied.visibility.resolve(credentials)).toEqual({
      type: 'none',
    });
    expect(allowed.queryEntities).not.toHaveBeenCalled();
    expect(denied.queryEntities).not.toHaveBeenCalled();
  });

  it('stores what the catalog returns to the caller when conditional', async () => {
    const entities = Array.from({ length: 2500 }, (_, i) =>
      testEntity(`e${i}`),
    );
    const { visibility, queryEntities, save, state } = resolver(
      conditional(['group:default/team-a']),
      entities,
    );
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId: 'viewer-1',
    });
    expect(queryEntities).toHaveBeenCalledTimes(3);
    expect(queryEntities).toHaveBeenCalledWith(
      { limit: 1000, fields: ['kind', 'metadata.namespace', 'metadata.name'] },
      { credentials },
    );
    expect(save).toHaveBeenCalledWith(
      entities.map(e => `component:default/${e.metadata.name}`),
      new Date(state.now),
      new Date(state.now - 2 * VISIBILITY_TTL_MS),
    );
  });

  it('reuses the list for the same caller and conditions for a while', async () => {
    const { visibility, queryEntities, state } = resolver(
      conditional(['group:default/team-a']),
    );
    const [first, concurrent] = await Promise.all([
      visibility.resolve(credentials),
      visibility.resolve(credentials),
    ]);
    expect(concurrent).toEqual(first);
    state.now += VISIBILITY_TTL_MS - 1;
    expect(await visibility.resolve(credentials)).toEqual(first);
    expect(queryEntities).toHaveBeenCalledTimes(1);

    // Another caller, new conditions and an expired list each read anew.
    expect(
      await visibility.resolve(mockCredentials.user('user:default/other')),
    ).toEqual({ type: 'viewer', viewerId: 'viewer-2' });
    state.decision = conditional(['group:default/team-b']);
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId: 'viewer-3',
    });
    state.now += 1;
    state.decision = conditional(['group:default/team-a']);
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId: 'viewer-4',
    });
    expect(queryEntities).toHaveBeenCalledTimes(4);
  });

  it('does not remember a failed catalog read', async () => {
    const { visibility, queryEntities } = resolver(
      conditional(['group:default/team-a']),
    );
    queryEntities.mockRejectedValueOnce(new Error('catalog down'));
    await expect(visibility.resolve(credentials)).rejects.toThrow(
      'catalog down',
    );
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId: 'viewer-1',
    });
  });
});
