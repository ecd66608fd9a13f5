import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSreMaturityStore } from './DatabaseSreMaturityStore';
import { VIEWER_ENTITIES, VIEWERS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

describe.each(databases.eachSupportedId())(
  'VisibleEntityStore on %p',
  databaseId => {
    it('stores lists of any length and forgets old ones', async () => {
      const knex = await databases.init(databaseId);
      const store = (
        await DatabaseSreMaturityStore.create({
          database: mockServices.database({ knex }),
        })
      ).visibleEntities;
      const refsOf = async (viewerId: string) =>
        (
          await knex(VIEWER_ENTITIES)
            .where('viewer_id', viewerId)
            .orderBy('entity_ref')
            .pluck('entity_ref')
        ).map(String);

      const hourAgo = new Date(Date.now() - 3_600_000);
      const now = new Date();
      const old = await store.save(
        ['component:default/a'],
        hourAgo,
        new Date(0),
      );
      // More refs than any database takes as bind parameters, and a repeat.
      const many = Array.from(
        { length: 70_000 },
        (_, i) => `component:default/e${i}`,
      );
      const current = await store.save(
        [...many, 'component:default/e1'],
        now,
        new Date(now.getTime() - 60_000),
      );

      expect(current).not.toEqual(old);
      expect((await refsOf(current)).length).toBe(70_000);
      expect(await refsOf(old)).toEqual([]);
      expect(await knex(VIEWERS).pluck('id')).toEqual([current]);
    });
  },
);
