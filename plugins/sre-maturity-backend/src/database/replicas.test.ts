import { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const selection: ScorecardSelection = {
  filter: {},
  visibility: { type: 'all' },
  staleBefore: new Date(0),
};

/**
 * Asks `read` until it gives `expected`, for up to 10 s: another replica's
 * write is to show within a few seconds.
 */
async function eventually<T>(read: () => Promise<T>, expected: T) {
  const giveUpAt = Date.now() + 10_000;
  let value = await read();
  while (!Object.is(value, expected) && Date.now() < giveUpAt) {
    await new Promise(resolve => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe.each(databases.eachSupportedId())(
  'two replicas on one %p database',
  databaseId => {
    const clients: Knex[] = [];
    let writer: SreMaturityStores;
    let reader: SreMaturityStores;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      // An in-memory SQLite database is one connection's: its replicas share
      // it. The others get a connection pool each.
      const second =
        databaseId === 'SQLITE_3' ? knex : knexFactory(knex.client.config);
      if (second !== knex) {
        clients.push(second);
      }
      writer = await testStores(knex);
      reader = await testStores(second);
      await writer.entities.saveSyncedEntities(
        [testRecord(testEntity('first'))],
        new Map(),
        new Date(),
      );
    });

    afterAll(() => Promise.all(clients.map(client => client.destroy())));

    const entitiesSeenBy = async (store: SreMaturityStores) =>
      (await store.scorecard.totals(selection)).entities;
    const facetTotalsSeenBy = async (store: SreMaturityStores) =>
      (await store.scorecard.aggregates(selection)).totals.entities;
    const crawlSeenBy = async (store: SreMaturityStores) =>
      (await store.scorecard.areas(selection)).alpha?.crawl ?? 0;

    it("shows one replica's writes in the other's cached totals within seconds", async () => {
      // The reader caches what it counts.
      expect(await entitiesSeenBy(reader)).toBe(1);
      expect(await facetTotalsSeenBy(reader)).toBe(1);
      const crawlBefore = await crawlSeenBy(reader);

      // A sync on the writer adds an entity.
      await writer.entities.saveSyncedEntities(
        [testRecord(testEntity('second'))],
        new Map(),
        new Date(),
      );
      expect(await entitiesSeenBy(writer)).toBe(2);
      expect(await eventually(() => entitiesSeenBy(reader), 2)).toBe(2);
      expect(await eventually(() => facetTotalsSeenBy(reader), 2)).toBe(2);

      // An update on the writer lifts an entity to crawl.
      const now = new Date();
      const answers = ['alpha.crawl.paged', 'alpha.crawl.documented'].map(id =>
        testAnswer(id, 'met', now),
      );
      const state = await writer.assessments.getAssessmentState(
        'component:default/first',
      );
      await setTestAnswers(
        writer,
        'first',
        state.revision,
        answers.map(answer => ({ criterionId: answer.criterionId, answer })),
        now,
      );
      expect(await eventually(() => crawlSeenBy(reader), crawlBefore + 1)).toBe(
        crawlBefore + 1,
      );
    });
  },
);
