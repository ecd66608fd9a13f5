import { ScorecardTotals } from '@sre-maturity/backstage-plugin-common';
import { TestDatabases } from '@backstage/backend-test-utils';
import { testEntity } from '../__testUtils__/fixtures';
import { testRecord } from '../__testUtils__/records';
import { memoryCache, testStores } from '../__testUtils__/stores';
import { CachingScorecardStore } from './CachingScorecardStore';
import { ScorecardStore } from './ScorecardStore';
import { ENTITIES } from './tables';
import { ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const ref = (name: string) => `component:default/${name}`;

// Through the stores as the plugin builds them: the database's scorecard
// store, cached, and forgotten on the writes of the others.
describe.each(databases.eachSupportedId())(
  'CachingScorecardStore on %p',
  databaseId => {
    const now = new Date();
    const selection = (): ScorecardSelection => ({
      filter: {},
      visibility: { type: 'all' },
      staleBefore: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000),
    });

    it('reuses facet counts and totals until the store writes', async () => {
      const fresh = await databases.init(databaseId);
      const own = await testStores(fresh);
      const [x, y] = [testEntity('x'), testEntity('y')];
      await own.entities.saveSyncedEntities(
        [testRecord(x), testRecord(y)],
        new Map(),
        now,
      );
      const counts = async () => {
        const { facets, totals } = await own.scorecard.aggregates(selection());
        const alone = await own.scorecard.totals(selection());
        return [facets.kind[0]?.count, totals.entities, alone.entities];
      };
      expect(await counts()).toEqual([2, 2, 2]);

      // Not through the store: the cached counts stay.
      await fresh(ENTITIES)
        .where('entity_ref', ref('x'))
        .update({ exempt: true });
      expect(await counts()).toEqual([2, 2, 2]);

      const retitled = { ...y, metadata: { ...y.metadata, title: 'Y' } };
      await own.entities.saveSyncedEntities(
        [testRecord(retitled)],
        await own.assessments.getAssessmentStates([ref('y')]),
        now,
      );
      expect(await counts()).toEqual([1, 1, 1]);
    });
  },
);

describe('CachingScorecardStore', () => {
  const at = (iso: string): ScorecardSelection => ({
    filter: { kind: ['Component'] },
    visibility: { type: 'all' },
    staleBefore: new Date(iso),
  });

  function setup() {
    const state = { version: 1, counts: 0 };
    const store = {
      page: jest.fn(async () => []),
      // Slow enough for concurrent callers to overlap.
      totals: jest.fn(async () => {
        const entities = ++state.counts;
        await new Promise(resolve => setTimeout(resolve, 20));
        return { entities } as ScorecardTotals;
      }),
    } as unknown as ScorecardStore;
    const cached = new CachingScorecardStore(
      store,
      memoryCache(),
      async () => state.version,
    );
    const totals = async (selection: ScorecardSelection) =>
      (await cached.totals(selection)).entities;
    return { state, store, cached, totals };
  }

  it('counts the selections of one minute once, concurrent callers included', async () => {
    const { state, totals } = setup();
    const [first, concurrent] = await Promise.all([
      totals(at('2026-06-01T10:00:05Z')),
      totals(at('2026-06-01T10:00:30Z')),
    ]);
    expect([first, concurrent]).toEqual([1, 1]);
    expect(await totals(at('2026-06-01T10:00:59.999Z'))).toBe(1);
    expect(await totals(at('2026-06-01T10:01:00Z'))).toBe(2);
    expect(state.counts).toBe(2);
  });

  it('reads rows at the minute the counts are for', async () => {
    const { store, cached } = setup();
    await cached.page(at('2026-06-01T10:00:05Z'), 'order' as any, {
      limit: 50,
      offset: 0,
    });
    expect(store.page).toHaveBeenCalledWith(
      at('2026-06-01T10:00:00Z'),
      'order',
      { limit: 50, offset: 0 },
    );
  });

  it('counts anew after a write of its own, and of another replica', async () => {
    const { state, cached, totals } = setup();
    const selection = at('2026-06-01T10:00:00Z');
    expect(await totals(selection)).toBe(1);
    state.version = 2;
    cached.invalidate(2);
    expect(await totals(selection)).toBe(2);
    expect(await totals(selection)).toBe(2);
    // Another replica's write, read within a second.
    state.version = 3;
    await new Promise(resolve => setTimeout(resolve, 1000));
    expect(await totals(selection)).toBe(3);
  });
});
