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
