import { mockCredentials } from '@backstage/backend-test-utils';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import { testEntity } from '../__testUtils__/fixtures';
import {
  settle,
  testVisibility,
  viewerIdOf,
} from '../__testUtils__/visibility';
import { MAX_UNSTORED_LISTS, UNUSED_LIST_TTL_MS } from './StoredViewerLists';
import { VISIBILITY_TTL_MS } from './viewerLists';

// Through the resolver, as the plugin uses it on PostgreSQL.
describe('StoredViewerLists', () => {
  const credentials = mockCredentials.user();

  it('answers from what the catalog returns, stores it for the second request, then answers from the stored list', async () => {
    const entities = Array.from({ length: 2500 }, (_, i) =>
      testEntity(`e${i}`),
    );
    const refs = entities.map(e => `component:default/${e.metadata.name}`);
    const { visibility, queryEntities, save, state } = testVisibility(
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
    const { visibility, queryEntities, save, state } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    const first = await visibility.resolve(credentials);
    state.now += UNUSED_LIST_TTL_MS;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    expect(save).not.toHaveBeenCalled();
    state.now += 1;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    // Written one after the other.
    await settle();
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
    const { visibility, save, state } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    await visibility.resolve(credentials);
    state.now += VISIBILITY_TTL_MS;
    await visibility.resolve(mockCredentials.user('user:default/other'));
    expect(save).not.toHaveBeenCalled();
  });

  it('stores lists at once while many are waiting in memory', async () => {
    const { visibility, save } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    for (let i = 0; i <= MAX_UNSTORED_LISTS; i++) {
      await visibility.resolve(mockCredentials.user(`user:default/u${i}`));
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('writes one list at a time', async () => {
    const { visibility, save } = testVisibility(
      conditionalCatalogRead(['group:default/team-a']),
    );
    let writing = 0;
    let mostAtOnce = 0;
    save.mockImplementation(async () => {
      writing += 1;
      mostAtOnce = Math.max(mostAtOnce, writing);
      await new Promise(resolve => setTimeout(resolve, 5));
      writing -= 1;
    });
    for (let i = 0; i < 3; i++) {
      const user = mockCredentials.user(`user:default/u${i}`);
      await visibility.resolve(user);
      await visibility.resolve(user);
    }
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(save).toHaveBeenCalledTimes(3);
    expect(mostAtOnce).toBe(1);
  });

  it('reads the list anew after storing it failed', async () => {
    const { visibility, save, logger, queryEntities } = testVisibility(
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
});
