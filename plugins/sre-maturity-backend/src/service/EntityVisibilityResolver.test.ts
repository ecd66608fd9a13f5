import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import { testEntity } from '../__testUtils__/fixtures';
import { EntityVisibility } from '../database/types';
import { VisibleEntityStore } from '../database/VisibleEntityStore';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';
import {
  MAX_UNSTORED_LISTS,
  StoredViewerLists,
  UNUSED_LIST_TTL_MS,
} from './StoredViewerLists';
import { VISIBILITY_TTL_MS } from './viewerLists';

const viewerIdOf = (visibility: EntityVisibility) =>
  visibility.type === 'viewer' ? visibility.viewerId : undefined;

/** Lets pending promise callbacks run. */
const settle = () => new Promise(resolve => setImmediate(resolve));

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

  it('answers from what the catalog returns, stores it for the second request, then answers from the stored list', async () => {
    const entities = Array.from({ length: 2500 }, (_, i) =>
      testEntity(`e${i}`),
    );
    const refs = entities.map(e => `component:default/${e.metadata.name}`);
    const { visibility, queryEntities, save, state } = resolver(
      conditionalCatalogRead(['group:default/team-a']),
      entities,
    );
    let finishSave = () => {};
    save.mockReturnValueOnce(
      new Promise<void>(resolve => {
        finishSave = resolve;
      }),
    );

    const first = await visibility.resolve(credentials);
    const viewerId = viewerIdOf(first);
    expect(first).toEqual({
      type: 'viewer',
      viewerId: expect.any(String),
      refs,
    });
    expect(queryEntities).toHaveBeenCalledTimes(3);
    expect(queryEntities).toHaveBeenCalledWith(
      { limit: 1000, fields: ['kind', 'metadata.namespace', 'metadata.name'] },
      { credentials },
    );
    expect(save).not.toHaveBeenCalled();

    // The second request starts the write, and is answered from memory.
    state.now += 1000;
    expect(await visibility.resolve(credentials)).toEqual(first);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(
      viewerId,
      refs,
      new Date(state.now),
      new Date(state.now - 2 * VISIBILITY_TTL_MS),
    );
    expect(await visibility.resolve(credentials)).toEqual(first);
    finishSave();
    await settle();
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId,
    });
    expect(queryEntities).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('stores a list no second request came for once it has waited long enough', async () => {
    const { visibility, queryEntities, save, state } = resolver(
      conditionalCatalogRead(['group:default/team-a']),
    );
    const first = await visibility.resolve(credentials);
    state.now += UNUSED_LIST_TTL_MS;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    expect(save).not.toHaveBeenCalled();
    state.now += 1;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenCalledWith(
      viewerIdOf(first),
      ['component:default/a', 'component:default/b'],
      expect.any(Date),
      expect.any(Date),
    );
    // The caller's next request, within the TTL, reads no list anew.
    await settle();
    expect(await visibility.resolve(credentials)).toEqual({
      type: 'viewer',
      viewerId: viewerIdOf(first),
    });
    expect(queryEntities).toHaveBeenCalledTimes(2);
  });

  it('does not store a list past its TTL', async () => {
    const { visibility, save, state } = resolver(
      conditionalCatalogRead(['group:default/team-a']),
    );
    await visibility.resolve(credentials);
    state.now += VISIBILITY_TTL_MS;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    expect(save).not.toHaveBeenCalled();
  });

  it('stores lists at once while many are waiting in memory', async () => {
    const { visibility, save } = resolver(
      conditionalCatalogRead(['group:default/team-a']),
    );
    for (let i = 0; i <= MAX_UNSTORED_LISTS; i++) {
      await visibility.resolve(mockCredentials.user(`user:default/u${i}`));
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reads the list anew after storing it failed', async () => {
    const { visibility, save, logger, queryEntities } = resolver(
      conditionalCatalogRead(['group:default/team-a']),
    );
    save.mockRejectedValueOnce(new Error('disk full'));
    const first = await visibility.resolve(credentials);
    expect(first).toMatchObject({
      refs: ['component:default/a', 'component:default/b'],
    });
    await visibility.resolve(credentials);
    await settle();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Could not store'),
      expect.objectContaining({ message: 'disk full' }),
    );

    const third = await visibility.resolve(credentials);
    expect(viewerIdOf(third)).not.toBe(viewerIdOf(first));
    expect(queryEntities).toHaveBeenCalledTimes(2);
    await visibility.resolve(credentials);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('reuses the list for the same caller and conditions for a while', async () => {
    const { visibility, queryEntities, state } = resolver(
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
    const { visibility, queryEntities, save } = resolver(
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
