import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { DatabaseSreMaturityStore } from './DatabaseSreMaturityStore';
import {
  ANSWERS,
  AREA_RESULTS,
  ENTITIES,
  ENTITY_TAGS,
  HISTORY,
  SNAPSHOTS,
} from './tables';
import { AnswerChange } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DAY = 24 * 60 * 60 * 1000;

describe.each(databases.eachSupportedId())(
  'DatabaseSreMaturityStore on %p',
  databaseId => {
    let knex: Knex;
    let store: DatabaseSreMaturityStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseSreMaturityStore.create({
        database: mockServices.database({ knex }),
      });
    });

    const setAnswers = (
      name: string,
      revision: number,
      changes: AnswerChange[],
      now = new Date(),
    ) => {
      const entity = testEntity(name);
      return store.applyAnswers({
        record: testRecord(entity),
        revision,
        changes,
        actor: 'user:default/mock',
        now,
        recompute: answers => testRecord(entity, answers, { now }),
      });
    };

    const entityRow = (name: string) =>
      knex(ENTITIES).where('entity_ref', `component:default/${name}`).first();

    it('skips migrations when told to', async () => {
      const fresh = await databases.init(databaseId);
      await DatabaseSreMaturityStore.create({
        database: mockServices.database({
          knex: fresh,
          migrations: { skip: true },
        }),
      });
      expect(await fresh.schema.hasTable(ENTITIES)).toBe(false);
    });

    describe('refreshEntity', () => {
      it('inserts an entity it does not know, at revision 0', async () => {
        const record = testRecord(
          testEntity('refresh-new', { tags: ['java', 'api'] }),
        );
        await store.refreshEntity(record, 0, new Date());

        expect(await entityRow('refresh-new')).toMatchObject({
          revision: 0,
          owner: 'group:default/team-a',
        });
        expect(
          await knex('sre_maturity_entity_tags')
            .where('entity_ref', record.entityRef)
            .orderBy('tag')
            .pluck('tag'),
        ).toEqual(['api', 'java']);
        expect(
          await knex('sre_maturity_area_results')
            .where('entity_ref', record.entityRef)
            .orderBy('area_id')
            .pluck('area_id'),
        ).toEqual(['alpha', 'beta']);
        expect(
          await knex(SNAPSHOTS).where('entity_ref', record.entityRef),
        ).toHaveLength(1);
      });

      it('updates the entity only while the revision is unchanged', async () => {
        const entity = testEntity('refresh-race');
        await store.refreshEntity(testRecord(entity), 0, new Date());
        await setAnswers('refresh-race', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met'),
          },
        ]);
        const afterUpdate = await entityRow('refresh-race');

        // Computed from the answers before the update: must not win.
        await store.refreshEntity(
          testRecord(entity, [], { now: new Date() }),
          0,
          new Date(),
        );
        expect(await entityRow('refresh-race')).toMatchObject({
          revision: 1,
          score: afterUpdate.score,
          fingerprint: afterUpdate.fingerprint,
        });

        const retitled = testEntity('refresh-race', { title: 'Race' });
        const { answers } = await store.getAssessmentState(
          'component:default/refresh-race',
        );
        await store.refreshEntity(testRecord(retitled, answers), 1, new Date());
        expect(await entityRow('refresh-race')).toMatchObject({
          title: 'Race',
          revision: 1,
        });
      });
    });

    describe('applyAnswers', () => {
      it('writes answers, history, scores and snapshots in one go', async () => {
        const revision = await setAnswers('apply', 0, [
          {
            criterionId: 'alpha.crawl.paged',
            answer: testAnswer('alpha.crawl.paged', 'met'),
          },
          {
            criterionId: 'alpha.crawl.documented',
            answer: {
              ...testAnswer('alpha.crawl.documented', 'met'),
              note: 'In the wiki',
            },
          },
        ]);
        expect(revision).toBe(1);

        const state = await store.getAssessmentState('component:default/apply');
        expect(state.revision).toBe(1);
        expect(state.answers.map(a => a.criterionId).sort()).toEqual([
          'alpha.crawl.documented',
          'alpha.crawl.paged',
        ]);
        expect(state.answers.find(a => a.note)).toMatchObject({
          note: 'In the wiki',
          answeredBy: 'user:default/mock',
        });
        expect(await entityRow('apply')).toMatchObject({ score: 29 });

        const history = await store.listHistory('component:default/apply', {
          limit: 10,
        });
        expect(history.items).toHaveLength(2);
        expect(history.items[0]).toMatchObject({
          oldStatus: null,
          newStatus: 'met',
          actor: 'user:default/mock',
          revision: 1,
        });

        const snapshots = await knex(SNAPSHOTS)
          .where('entity_ref', 'component:default/apply')
          .orderBy('reason');
        expect(snapshots.map(s => s.reason)).toEqual(['change', 'daily']);
      });

      it('clears answers and records the old status', async () => {
        await setAnswers('clear', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'not-met'),
          },
        ]);
        expect(
          await setAnswers('clear', 1, [{ criterionId: 'beta.crawl.owned' }]),
        ).toBe(2);

        const state = await store.getAssessmentState('component:default/clear');
        expect(state.answers).toEqual([]);
        const { items } = await store.listHistory('component:default/clear', {
          limit: 1,
        });
        expect(items[0]).toMatchObject({
          criterionId: 'beta.crawl.owned',
          oldStatus: 'not-met',
          newStatus: null,
          revision: 2,
        });
      });

      it('writes nothing for a stale revision', async () => {
        await setAnswers('stale', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met'),
          },
        ]);
        const historyBefore = await knex(HISTORY).count({ n: '*' });

        expect(
          await setAnswers('stale', 0, [
            {
              criterionId: 'beta.crawl.owned',
              answer: testAnswer('beta.crawl.owned', 'not-met'),
            },
          ]),
        ).toBeUndefined();

        expect(await knex(HISTORY).count({ n: '*' })).toEqual(historyBefore);
        expect(
          await knex(ANSWERS)
            .where('entity_ref', 'component:default/stale')
            .pluck('status'),
        ).toEqual(['met']);
        expect(await entityRow('stale')).toMatchObject({ revision: 1 });
      });

      it('caches an entity it did not know with its details, even for a stale revision', async () => {
        expect(
          await setAnswers('new-stale', 3, [
            {
              criterionId: 'beta.crawl.owned',
              answer: testAnswer('beta.crawl.owned', 'met'),
            },
          ]),
        ).toBeUndefined();
        expect(await entityRow('new-stale')).toMatchObject({ revision: 0 });
        // Else the sync, seeing its fingerprint, would never add them.
        expect(
          await knex(AREA_RESULTS)
            .where('entity_ref', 'component:default/new-stale')
            .pluck('area_id'),
        ).toEqual(expect.arrayContaining(['alpha', 'beta']));
      });

      it('accepts exactly one of two concurrent updates of one revision', async () => {
        const results = await Promise.all([
          setAnswers('concurrent', 0, [
            {
              criterionId: 'alpha.crawl.paged',
              answer: testAnswer('alpha.crawl.paged', 'met'),
            },
          ]),
          setAnswers('concurrent', 0, [
            {
              criterionId: 'alpha.crawl.paged',
              answer: testAnswer('alpha.crawl.paged', 'not-met'),
            },
          ]),
        ]);
        expect(results.filter(r => r === 1)).toHaveLength(1);
        expect(results.filter(r => r === undefined)).toHaveLength(1);
        expect(
          await knex(HISTORY).where(
            'entity_ref',
            'component:default/concurrent',
          ),
        ).toHaveLength(1);
      });
    });

    it('pages through the history, newest first', async () => {
      for (let revision = 0; revision < 5; revision++) {
        await setAnswers('paged-history', revision, [
          {
            criterionId: revision % 2 ? 'beta.walk.tested' : 'beta.crawl.owned',
            answer: testAnswer(
              revision % 2 ? 'beta.walk.tested' : 'beta.crawl.owned',
              'met',
            ),
          },
        ]);
      }
      const first = await store.listHistory('component:default/paged-history', {
        limit: 2,
      });
      expect(first.items.map(e => e.revision)).toEqual([5, 4]);
      expect(first.hasMore).toBe(true);
      const second = await store.listHistory(
        'component:default/paged-history',
        {
          limit: 2,
          beforeId: Number(first.items[1].id),
        },
      );
      expect(second.items.map(e => e.revision)).toEqual([3, 2]);
      const last = await store.listHistory('component:default/paged-history', {
        limit: 2,
        beforeId: Number(second.items[1].id),
      });
      expect(last.items.map(e => e.revision)).toEqual([1]);
      expect(last.hasMore).toBe(false);

      const tested = await store.listHistory(
        'component:default/paged-history',
        {
          limit: 10,
          criterionId: 'beta.walk.tested',
        },
      );
      expect(tested.items.map(e => e.revision)).toEqual([4, 2]);
    });

    it('keeps one daily snapshot per day at the latest state', async () => {
      const yesterday = new Date(Date.now() - DAY);
      await setAnswers(
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
      await setAnswers('trend', 1, [
        {
          criterionId: 'alpha.crawl.paged',
          answer: testAnswer('alpha.crawl.paged', 'met'),
        },
      ]);
      await setAnswers('trend', 2, [
        {
          criterionId: 'alpha.crawl.documented',
          answer: testAnswer('alpha.crawl.documented', 'met'),
        },
      ]);

      const today = new Date().toISOString().slice(0, 10);
      const points = await store.getEntityTrend('component:default/trend', {
        from: yesterday.toISOString().slice(0, 10),
        to: today,
      });
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
        await store.getEntityTrend('component:default/trend', {
          from: today,
          to: today,
        }),
      ).toHaveLength(1);
    });

    it('takes the daily snapshots once per day', async () => {
      const fresh = await databases.init(databaseId);
      const own = await DatabaseSreMaturityStore.create({
        database: mockServices.database({ knex: fresh }),
      });
      const now = new Date();
      const records = ['one', 'two'].map(name => testRecord(testEntity(name)));
      await own.saveSyncedEntities(
        [...records, testRecord(testEntity('gone'))],
        new Map(),
        now,
      );
      await fresh(ENTITIES)
        .where('entity_ref', 'component:default/gone')
        .update({ in_catalog: false });
      await fresh(SNAPSHOTS).delete();

      expect(await own.takeDailySnapshots(now)).toBe(2);
      expect(await own.takeDailySnapshots(now)).toBe(0);
      expect(await own.takeDailySnapshots(new Date(now.getTime() + DAY))).toBe(
        2,
      );
      expect(Number((await fresh(SNAPSHOTS).count({ n: '*' }))[0].n)).toBe(4);
    });

    it('takes the daily snapshots of more entities than one statement takes', async () => {
      const fresh = await databases.init(databaseId);
      const own = await DatabaseSreMaturityStore.create({
        database: mockServices.database({ knex: fresh }),
      });
      const now = new Date();
      const records = Array.from({ length: 1500 }, (_, i) =>
        testRecord(testEntity(`daily-${i}`)),
      );
      await own.saveSyncedEntities(records, new Map(), now);
      await fresh(SNAPSHOTS).delete();

      expect(await own.takeDailySnapshots(now)).toBe(1500);
      expect(Number((await fresh(SNAPSHOTS).count({ n: '*' }))[0].n)).toBe(
        1500,
      );
    });

    it('keeps titles whole to their 255th character, emoji included', async () => {
      const title = `${'🚀'.repeat(200)} ${'ü'.repeat(100)}`;
      await store.refreshEntity(
        testRecord(testEntity('emoji-title', { title })),
        0,
        new Date(),
      );
      const [row] = await store.scorecard.page(
        {
          filter: { q: 'emoji-title' },
          visibility: { type: 'all' },
          staleBefore: new Date(0),
        },
        { column: 'name', direction: 'asc' },
        { limit: 1, offset: 0 },
      );
      expect(row.title).toBe(`${'🚀'.repeat(200)} ${'ü'.repeat(54)}`);
    });

    describe('sync writes', () => {
      it('writes changed entities only and reports outdated ones', async () => {
        const entities = ['sync-a', 'sync-b'].map(name => testEntity(name));
        const refs = ['component:default/sync-a', 'component:default/sync-b'];
        const syncedAt = new Date();

        let states = await store.getAssessmentStates(refs);
        const first = await store.saveSyncedEntities(
          entities.map(e => testRecord(e)),
          states,
          syncedAt,
        );
        expect(first).toEqual({ updated: 2, outdated: [] });

        states = await store.getAssessmentStates(refs);
        expect(
          await store.saveSyncedEntities(
            entities.map(e => testRecord(e)),
            states,
            syncedAt,
          ),
        ).toEqual({ updated: 0, outdated: [] });

        // An update lands between reading the states and writing the batch.
        await setAnswers('sync-b', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met'),
          },
        ]);
        const retitled = entities.map(e => ({
          ...e,
          metadata: { ...e.metadata, title: 'New title' },
        }));
        expect(
          await store.saveSyncedEntities(
            retitled.map(e => testRecord(e)),
            states,
            syncedAt,
          ),
        ).toEqual({ updated: 2, outdated: ['component:default/sync-b'] });
        expect(await entityRow('sync-b')).toMatchObject({ revision: 1 });
      });

      it('marks entities the sync did not see as gone, and back', async () => {
        const fresh = await databases.init(databaseId);
        const own = await DatabaseSreMaturityStore.create({
          database: mockServices.database({ knex: fresh }),
        });
        const first = new Date(Date.now() - 60_000);
        const stay = testRecord(testEntity('stay', { tags: ['java'] }));
        const leave = testRecord(testEntity('leave', { tags: ['java'] }));
        await own.saveSyncedEntities([stay, leave], new Map(), first);
        // Only the scorecard's entities have tag rows.
        const tagged = async () =>
          (await fresh(ENTITY_TAGS).orderBy('entity_ref')).map(
            row => row.entity_ref,
          );
        expect(await tagged()).toEqual([leave.entityRef, stay.entityRef]);

        const second = new Date();
        await own.saveSyncedEntities(
          [stay],
          await own.getAssessmentStates([stay.entityRef]),
          second,
        );
        // Written by a request while the sync ran, after its page was read.
        const arrived = testRecord(testEntity('arrived'));
        await own.saveSyncedEntities([arrived], new Map(), second);
        const seen = new Set([stay.entityRef]);
        expect(await own.markEntitiesRemoved(seen, second)).toBe(1);
        expect(await own.markEntitiesRemoved(seen, second)).toBe(0);
        const inCatalog = async (ref: string) =>
          Boolean(
            Number(
              (await fresh(ENTITIES).where('entity_ref', ref).first())
                .in_catalog,
            ),
          );
        expect(await inCatalog(leave.entityRef)).toBe(false);
        expect(await inCatalog(stay.entityRef)).toBe(true);
        expect(await inCatalog(arrived.entityRef)).toBe(true);
        expect(await tagged()).toEqual([stay.entityRef]);

        const third = new Date(second.getTime() + 1000);
        await own.saveSyncedEntities(
          [leave],
          await own.getAssessmentStates([leave.entityRef]),
          third,
        );
        expect(await inCatalog(leave.entityRef)).toBe(true);
        expect(await tagged()).toEqual([leave.entityRef, stay.entityRef]);

        const exempted = testRecord(
          testEntity('stay', {
            tags: ['java'],
            annotations: { 'sre-maturity.io/exempt': 'Retired' },
          }),
        );
        await own.saveSyncedEntities(
          [exempted],
          await own.getAssessmentStates([stay.entityRef]),
          third,
        );
        expect(await tagged()).toEqual([leave.entityRef]);
      });
    });
  },
);
