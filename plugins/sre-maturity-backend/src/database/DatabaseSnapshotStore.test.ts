import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { ENTITIES, SNAPSHOTS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DAY = 24 * 60 * 60 * 1000;

describe.each(databases.eachSupportedId())(
  'DatabaseSnapshotStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
    });

    it('keeps one daily snapshot per day at the latest state', async () => {
      const yesterday = new Date(Date.now() - DAY);
      await setTestAnswers(
        stores,
        'trend',
        0,
        [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met', yesterday),
          },
        ],
        yesterday,
      );
      await setTestAnswers(stores, 'trend', 1, [
        {
          criterionId: 'alpha.crawl.paged',
          answer: testAnswer('alpha.crawl.paged', 'met'),
        },
      ]);
      await setTestAnswers(stores, 'trend', 2, [
        {
          criterionId: 'alpha.crawl.documented',
          answer: testAnswer('alpha.crawl.documented', 'met'),
        },
      ]);

      const today = new Date().toISOString().slice(0, 10);
      const points = await stores.snapshots.getEntityTrend(
        'component:default/trend',
        {
          from: yesterday.toISOString().slice(0, 10),
          to: today,
        },
      );
      expect(points).toEqual([
        {
          day: yesterday.toISOString().slice(0, 10),
          overall: 'not-started',
          score: 14,
          areas: { alpha: 'not-started', beta: 'crawl' },
        },
        {
          day: today,
          overall: 'crawl',
          score: 43,
          areas: { alpha: 'crawl', beta: 'crawl' },
        },
      ]);
      expect(
        await stores.snapshots.getEntityTrend('component:default/trend', {
          from: today,
          to: today,
        }),
      ).toHaveLength(1);
    });

    it('takes the daily snapshots once per day', async () => {
      const fresh = await databases.init(databaseId);
      const own = await testStores(fresh);
      const now = new Date();
      const records = ['one', 'two'].map(name => testRecord(testEntity(name)));
      await own.entities.saveSyncedEntities(
        [...records, testRecord(testEntity('gone'))],
        new Map(),
        now,
      );
      await fresh(ENTITIES)
        .where('entity_ref', 'component:default/gone')
        .update({ in_catalog: false });
      await fresh(SNAPSHOTS).delete();

      expect(await own.snapshots.takeDailySnapshots(now)).toBe(2);
      expect(await own.snapshots.takeDailySnapshots(now)).toBe(0);
      expect(
        await own.snapshots.takeDailySnapshots(new Date(now.getTime() + DAY)),
      ).toBe(2);
      expect(Number((await fresh(SNAPSHOTS).count({ n: '*' }))[0].n)).toBe(4);
    });

    it('takes the daily snapshots of more entities than one statement takes', async () => {
      const fresh = await databases.init(databaseId);
      const own = await testStores(fresh);
      const now = new Date();
      const records = Array.from({ length: 1500 }, (_, i) =>
        testRecord(testEntity(`daily-${i}`)),
      );
      await own.entities.saveSyncedEntities(records, new Map(), now);
      await fresh(SNAPSHOTS).delete();

      expect(await own.snapshots.takeDailySnapshots(now)).toBe(1500);
      expect(Number((await fresh(SNAPSHOTS).count({ n: '*' }))[0].n)).toBe(
        1500,
      );
    });
  },
);
