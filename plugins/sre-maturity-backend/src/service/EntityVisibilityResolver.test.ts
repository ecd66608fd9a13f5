import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import { testEntity } from '../__testUtils__/fixtures';
import { testVisibility, viewerIdOf } from '../__testUtils__/visibility';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';
import { VISIBILITY_TTL_MS } from './viewerLists';

describe('EntityVisibilityResolver', () => {
  const credentials = mockCredentials.user();

  it('by default passes the list with every query, and stores nothing', async () => {
    const catalog = catalogServiceMock({
      entities: [testEntity('a'), testEntity('b')],
    });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const visibility = new EntityVisibilityResolver({
      permissions: mockServices.permissions.mock({
        authorizeConditional: async () => [
          conditionalCatalogRead(['group:default/team-a']),
        ],
      }),
      catalog,
    });
    const first = await visibility.resolve(credentials);
    expect(first).toEqual({
      type: 'viewer',
      viewerId: expect.any(String),
      refs: ['component:default/a', 'component:default/b'],
    });
    expect(await visibility.resolve(credentials)).toEqual(first);
    expect(queryEntities).toHaveBeenCalledTimes(1);
  });

  it('needs no catalog call when reading is allowed or denied', async () => {
    const allowed = testVisibility({ result: AuthorizeResult.ALLOW });
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
    const denied = testVisibility({ result: AuthorizeResult.DENY });
    expect(await denied.visibility.resolve(credentials)).toEqual({
      type: 'none',
    });
    expect(allowed.queryEntities).not.toHaveBeenCalled();
    expect(denied.queryEntities).not.toHaveBeenCalled();
  });

  it('reuses the list for the same caller and conditions for a while', async () => {
    const { visibility, queryEntities, state } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    const [first, concurrent] = await Promise.all([
      visibility.resolve(credentials),
      visibility.resolve(credentials),
    ]);
    expect(viewerIdOf(concurrent)).toBe(viewerIdOf(first));
    state.now += VISIBILITY_TTL_MS - 1;
    expect(viewerIdOf(await visibility.resolve(credentials))).toBe(
      viewerIdOf(first),
    );
    expect(queryEntities).toHaveBeenCalledTimes(1);

    // Another caller, new conditions and an expired list each read anew.
    const ids = new Set([viewerIdOf(first)]);
    ids.add(
      viewerIdOf(
        await visibility.resolve(mockCredentials.user('user:default/other')),
      ),
    );
    state.decision = conditionalCatalogRead(['group:default/team-b']);
    ids.add(viewerIdOf(await visibility.resolve(credentials)));
    state.now += 1;
    state.decision = conditionalCatalogRead(['group:default/team-a']);
    ids.add(viewerIdOf(await visibility.resolve(credentials)));
    expect(ids.size).toBe(4);
    expect(queryEntities).toHaveBeenCalledTimes(4);
  });

  it('does not remember a failed catalog read', async () => {
    const { visibility, queryEntities, save } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    queryEntities.mockRejectedValueOnce(new Error('catalog down'));
    await expect(visibility.resolve(credentials)).rejects.toThrow(
      'catalog down',
    );
    expect(save).not.toHaveBeenCalled();
    expect(await visibility.resolve(credentials)).toMatchObject({
      type: 'viewer',
    });
    expect(queryEntities).toHaveBeenCalledTimes(2);
  });
});
