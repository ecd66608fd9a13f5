import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { testStores } from '../__testUtils__/stores';
import { VIEWER_ENTITIES, VIEWERS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

/** A migrated database and the store of its viewer lists. */
async function storeOn(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const { visibleEntities } = await testStores(knex);
  return { knex, store: visibleEntities };
}

describe.each(databases.eachSupportedId())(
  'VisibleEntityStore on %p',
  databaseId => {
    it('stores lists of any length and forgets old ones', async () => {
      const { knex, store } = await storeOn(databaseId);
      const refsOf = async (viewerId: string) =>
        (
          await knex(VIEWER_ENTITIES)
            .where('viewer_id', viewerId)
            .orderBy('entity_ref')
            .pluck('entity_ref')
        ).map(String);

      const hourAgo = new Date(Date.now() - 3_600_000);
      const now = new Date();
      await store.save('old', ['component:default/a'], hourAgo, new Date(0));
      // More refs than any database takes as bind parameters, and a repeat.
      const many = Array.from(
        { length: 70_000 },
        (_, i) => `component:default/e${i}`,
      );
      await store.save(
        'current',
        [...many, 'component:default/e1'],
        now,
        new Date(now.getTime() - 60_000),
      );

      expect((await refsOf('current')).length).toBe(70_000);
      expect(await refsOf('old')).toEqual([]);
      expect(await knex(VIEWERS).pluck('id')).toEqual(['current']);
    });

    it('stores lists larger than a statement may be', async () => {
      const { knex, store } = await storeOn(databaseId);
      // Refs as long as the catalog allows: 19 MB of JSON, more than
      // MariaDB's default max_allowed_packet of 16 MiB.
      const part = (c: string) => c.repeat(63);
      const refs = Array.from(
        { length: 100_000 },
        (_, i) =>
          `${part('k')}:${part('n')}/${part('x').slice(6)}${String(i).padStart(
            6,
            '0',
          )}`,
      );
      await store.save('long', refs, new Date(), new Date(0));
      const [{ n }] = await knex(VIEWER_ENTITIES)
        .where('viewer_id', 'long')
        .count({ n: '*' });
      expect(Number(n)).toBe(refs.length);
    });
  },
);

const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

// Without a PostgreSQL connection (a plain local `yarn test`), there is
// nothing to run this on.
(postgres.length
  ? describe.each(postgres)
  : describe.skip.each([['POSTGRES_15' as const]]))(
  'VisibleEntityStore on %p',
  databaseId => {
    it('leaves statistics that tell the planner how long a list is', async () => {
      const { knex, store } = await storeOn(databaseId);
      const list = Array.from(
        { length: 5_000 },
        (_, i) => `component:default/e${i}`,
      );
      await store.save('first', list, new Date(), new Date(0));
      await store.save('second', list.slice(0, 3_000), new Date(), new Date(0));

      // The planner knows the new list's length at once, so it hashes the
      // list rather than looking entities up one by one.
      const plan = await knex.raw(
        'EXPLAIN (FORMAT JSON) SELECT * FROM ?? WHERE viewer_id = ?',
        [VIEWER_ENTITIES, 'second'],
      );
      const rows = plan.rows[0]['QUERY PLAN'][0].Plan['Plan Rows'];
      expect(rows).toBeGreaterThan(2_000);
      expect(rows).toBeLessThan(4_000);
      // And how many entities the lists hold, for joining them.
      const refStats = await knex('pg_stats')
        .where({ tablename: VIEWER_ENTITIES, attname: 'entity_ref' })
        .first('n_distinct');
      expect(Number(refStats.n_distinct)).not.toBe(0);
    });
  },
);
