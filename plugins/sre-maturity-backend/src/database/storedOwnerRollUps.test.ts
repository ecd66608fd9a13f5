import { TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Answer } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import {
  testEntity,
  testModelWithoutBetaForLibraries,
} from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { OWNER_CHANGES, OWNER_ROLL_UPS } from './tables';
import { ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

// Area beta does not apply to libraries, so an entity's areas may differ.
const model = testModelWithoutBetaForLibraries;

const TEAMS = ['team-a', 'team-b', 'team-c', 'team-empty'].map(
  name => `group:default/${name}`,
);

const entities: Entity[] = [
  testEntity('a-svc', { owner: 'team-a' }),
  testEntity('a-lib', { owner: 'team-a', type: 'library' }),
  testEntity('b-svc', { owner: 'team-b', system: 'pay' }),
  testEntity('b-old', { owner: 'team-b' }),
  testEntity('c-api', { kind: 'API', owner: 'team-c', type: 'openapi' }),
  testEntity('c-exempt', {
    owner: 'team-c',
    annotations: { 'sre-maturity.io/exempt': 'Retired' },
  }),
];

const record = (entity: Entity, answers: Answer[] = []) =>
  testRecord(entity, answers, { model });

const initialRecords = () => [
  record(entities[0], [
    testAnswer('alpha.crawl.paged', 'met', daysAgo(2)),
    testAnswer('alpha.crawl.documented', 'met', daysAgo(40)),
  ]),
  record(entities[1]),
  record(entities[2], [testAnswer('beta.crawl.owned', 'met', daysAgo(10))]),
  record(entities[3], [testAnswer('beta.crawl.owned', 'not-met', daysAgo(90))]),
  record(entities[4]),
  record(entities[5]),
];

describe.each(databases.eachSupportedId())(
  'stored owner roll-ups on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
      await stores.entities.saveSyncedEntities(
        initialRecords(),
        new Map(),
        now,
      );
    });

    const allRefs = entities.map(e => stringifyEntityRef(e));
    const selection = (
      visibility: ScorecardSelection['visibility'],
      staleBefore = daysAgo(30),
    ): ScorecardSelection => ({
      filter: { owner: TEAMS },
      visibility,
      staleBefore,
    });
    const byKey = <T extends { key: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    // Every entity listed as visible: counted live, never stored.
    const counted = async (staleBefore?: Date) =>
      byKey(
        await stores.scorecard.ownerRollUps(
          selection(
            { type: 'viewer', viewerId: 'everyone', refs: allRefs },
            staleBefore,
          ),
        ),
      );
    const stored = async (staleBefore?: Date) =>
      byKey(
        await stores.scorecard.ownerRollUps(
          selection({ type: 'all' }, staleBefore),
        ),
      );
    const syncAgain = async (records: ReturnType<typeof initialRecords>) =>
      stores.entities.saveSyncedEntities(
        records,
        await stores.assessments.getAssessmentStates(allRefs),
        new Date(),
      );

    it('answers what counting answers, and keeps a row per owner', async () => {
      const expected = await counted();
      expect(expected.map(row => [row.key, row.entities])).toEqual([
        ['group:default/team-a', 2],
        ['group:default/team-b', 2],
        ['group:default/team-c', 1],
      ]);
      expect(await stored()).toEqual(expected);
      expect(await stored()).toEqual(expected);
      // Beta does not apply to team-a's library.
      expect(expected[0].areas).toEqual({
        alpha: { 'not-started': 1, crawl: 1, walk: 0, run: 0 },
        beta: { 'not-started': 1, crawl: 0, walk: 0, run: 0 },
      });
      expect(await knex(OWNER_ROLL_UPS).pluck('owner')).toHaveLength(4);
    });

    it('refreshes the owners writes changed, as the sync does after a run', async () => {
      // The sync's own writes start no refresh: its run refreshes at its end.
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(await knex(OWNER_ROLL_UPS).pluck('owner')).toEqual([]);
      expect(await stores.scorecard.refreshOwnerRollUps()).toBe(3);
      expect(await stores.scorecard.refreshOwnerRollUps()).toBe(0);
      expect((await knex(OWNER_ROLL_UPS).pluck('owner')).sort()).toEqual([
        'group:default/team-a',
        'group:default/team-b',
        'group:default/team-c',
      ]);
      expect(await stored()).toEqual(await counted());
    });

    it('counts staleness at the instant asked about', async () => {
      await stored();
      for (const days of [1, 5, 30, 60, 100]) {
        const instant = daysAgo(days);
        const stale = await stored(instant);
        expect(stale).toEqual(await counted(instant));
      }
      expect((await stored(daysAgo(30))).map(row => row.stale)).toEqual([
        1, 1, 0,
      ]);
    });

    it('reads the stored rows while nothing changed', async () => {
      await stored();
      // What is read is what was stored: a planted roll-up shows.
      const planted = {
        entities: 7,
        scoreSum: 70,
        overall: { 'not-started': 7, crawl: 0, walk: 0, run: 0 },
        areas: {},
        belowTarget: 0,
        oldestAnswers: [],
      };
      await knex(OWNER_ROLL_UPS)
        .where('owner', 'group:default/team-c')
        .update({ roll_up: JSON.stringify(planted) });
      expect((await stored())[2]).toMatchObject({
        key: 'group:default/team-c',
        entities: 7,
        averageScore: 10,
      });
    });

    it('recounts an owner after answers change', async () => {
      const before = await stored();
      const { revision } = await stores.assessments.getAssessmentState(
        allRefs[2],
      );
      await setTestAnswers(stores, entities[2], revision, [
        {
          criterionId: 'alpha.crawl.paged',
          answer: testAnswer('alpha.crawl.paged', 'met'),
        },
        {
          criterionId: 'alpha.crawl.documented',
          answer: testAnswer('alpha.crawl.documented', 'met'),
        },
      ]);
      const after = await stored();
      expect(after).toEqual(await counted());
      expect(after[1].averageScore).toBeGreaterThan(before[1].averageScore);
    });

    it('refreshes the written owners in the background after a write', async () => {
      await stores.scorecard.refreshOwnerRollUps();
      const { revision } = await stores.assessments.getAssessmentState(
        allRefs[2],
      );
      await setTestAnswers(stores, entities[2], revision, [
        {
          criterionId: 'alpha.crawl.paged',
          answer: testAnswer('alpha.crawl.paged', 'met'),
        },
      ]);
      const countedOf = async (table: string, column: string) =>
        Number(
          (await knex(table).where('owner', 'group:default/team-b'))[0][column],
        );
      const changes = await countedOf(OWNER_CHANGES, 'changes');
      for (let waited = 0; waited < 5000; waited += 50) {
        if ((await countedOf(OWNER_ROLL_UPS, 'counted_changes')) >= changes) {
          break;
        }
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      expect(await countedOf(OWNER_ROLL_UPS, 'counted_changes')).toBe(changes);
      expect(await stores.scorecard.refreshOwnerRollUps()).toBe(0);
    });

    it('recounts both owners when an entity moves to another', async () => {
      await stored();
      const records = initialRecords();
      records[1] = record(
        testEntity('a-lib', { owner: 'team-c', type: 'library' }),
      );
      await syncAgain(records);
      const after = await stored();
      expect(after).toEqual(await counted());
      expect(after.map(row => [row.key, row.entities])).toEqual([
        ['group:default/team-a', 1],
        ['group:default/team-b', 2],
        ['group:default/team-c', 2],
      ]);
    });

    it('recounts when an entity leaves the catalog or becomes exempt', async () => {
      await stored();
      const records = initialRecords();
      records[0] = record(
        testEntity('a-svc', {
          owner: 'team-a',
          annotations: { 'sre-maturity.io/exempt': 'Sunset' },
        }),
      );
      await syncAgain(records);
      await stores.entities.markEntitiesRemoved(
        new Set(allRefs.filter(ref => !ref.endsWith('/b-old'))),
        new Date(Date.now() + 1000),
      );
      const after = await stored();
      expect(after).toEqual(await counted());
      expect(after.map(row => [row.key, row.entities])).toEqual([
        ['group:default/team-a', 1],
        ['group:default/team-b', 1],
        ['group:default/team-c', 1],
      ]);
    });

    it('recounts a roll-up stored with fewer changes than its owner has', async () => {
      await stored();
      // As a slower reader's older count would be left.
      await knex(OWNER_ROLL_UPS)
        .where('owner', 'group:default/team-a')
        .update({ roll_up: '{"entities":0}', counted_changes: -1 });
      expect(await stored()).toEqual(await counted());
    });

    it('counts live what stored roll-ups do not answer', async () => {
      await stored();
      await knex(OWNER_ROLL_UPS).update({ roll_up: '{"entities":0}' });
      const filtered = await stores.scorecard.ownerRollUps({
        ...selection({ type: 'all' }),
        filter: { owner: TEAMS, system: ['system:default/pay'] },
      });
      expect(filtered.map(row => [row.key, row.entities])).toEqual([
        ['group:default/team-b', 1],
      ]);
    });
  },
);
