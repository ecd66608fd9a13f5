import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { testEntity } from '../__testUtils__/fixtures';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';

describe('EntityVisibilityResolver', () => {
  const credentials = mockCredentials.user();

  function resolver(
    result: AuthorizeResult,
    entities = [testEntity('a'), testEntity('b')],
  ) {
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async () =>
        result === AuthorizeResult.CONDITIONAL
          ? [
              {
                result,
                pluginId: 'catalog',
                resourceType: 'catalog-entity',
                conditions: {
                  rule: 'IS_ENTITY_OWNER',
                  resourceType: 'catalog-entity',
                  params: { claims: ['group:default/team-a'] },
                },
              },
            ]
          : [{ result } as any],
    });
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    return {
      visibility: new EntityVisibilityResolver(permissions, catalog),
      permissions,
      queryEntities,
    };
  }

  it('needs no catalog call when reading is allowed or denied', async () => {
    const allowed = resolver(AuthorizeResult.ALLOW);
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
    const denied = resolver(AuthorizeResult.DENY);
    expect(await denied.visibility.resolve(credentials)).toEqual({
      type: 'none',
    });
    expect(allowed.queryEntities).not.toHaveBeenCalled();
    expect(denied.queryEntities).not.toHaveBeenCalled();
  });

  it('lists what the catalog returns to the caller when conditional', async () => {
    const entities = Array.from({ length: 2500 }, (_, i) =>
      testEntity(`e${i}`),
    );
    const { visibility, queryEntities } = resolver(
      AuthorizeResult.CONDITIONAL,
      entities,
    );
    const result = await visibility.resolve(credentials);
    expect(result).toEqual({
      type: 'refs',
      entityRefs: entities.map(e => `component:default/${e.metadata.name}`),
    });
    expect(queryEntities).toHaveBeenCalledTimes(3);
    expect(queryEntities).toHaveBeenCalledWith(
      { limit: 1000, fields: ['kind', 'metadata.namespace', 'metadata.name'] },
      { credentials },
    );
  });
});
