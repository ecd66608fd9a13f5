import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testAnswer } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { ANSWERS, AREA_RESULTS, ENTITIES, HISTORY, SNAPSHOTS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

describe.each(databases.eachSupportedId())(
  'DatabaseAssessmentStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
    });

    const entityRow = (name: string) =>
      knex(ENTITIES).where('entity_ref', `component:default/${name}`).first();

    describe('applyAnswers', () => {
      it('writes answers, history, scores and snapshots in one go', async () => {
        const revision = await setTestAnswers(stores, 'apply', 0, [
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

        const state = await stores.assessments.getAssessmentState(
          'component:default/apply',
        );
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

        const history = await stores.assessments.listHistory(
          'component:default/apply',
          {
            limit: 10,
          },
        );
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
        await setTestAnswers(stores, 'clear', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'not-met'),
          },
        ]);
        expect(
          await setTestAnswers(stores, 'clear', 1, [
            { criterionId: 'beta.crawl.owned' },
          ]),
        ).toBe(2);

        const state = await stores.assessments.getAssessmentState(
          'component:default/clear',
        );
        expect(state.answers).toEqual([]);
        const { items } = await stores.assessments.listHistory(
          'component:default/clear',
          {
            limit: 1,
          },
        );
        expect(items[0]).toMatchObject({
          criterionId: 'beta.crawl.owned',
          oldStatus: 'not-met',
          newStatus: null,
          revision: 2,
        });
      });

      it('writes nothing for a stale revision', async () => {
        await setTestAnswers(stores, 'stale', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met'),
          },
        ]);
        const historyBefore = await knex(HISTORY).count({ n: '*' });

        expect(
          await setTestAnswers(stores, 'stale', 0, [
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
          await setTestAnswers(stores, 'new-stale', 3, [
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
          setTestAnswers(stores, 'concurrent', 0, [
            {
              criterionId: 'alpha.crawl.paged',
              answer: testAnswer('alpha.crawl.paged', 'met'),
            },
          ]),
          setTestAnswers(stores, 'concurrent', 0, [
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
        await setTestAnswers(stores, 'paged-history', revision, [
          {
            criterionId: revision % 2 ? 'beta.walk.tested' : 'beta.crawl.owned',
            answer: testAnswer(
              revision % 2 ? 'beta.walk.tested' : 'beta.crawl.owned',
              'met',
            ),
          },
        ]);
      }
      const first = await stores.assessments.listHistory(
        'component:default/paged-history',
        {
          limit: 2,
        },
      );
      expect(first.items.map(e => e.revision)).toEqual([5, 4]);
      expect(first.hasMore).toBe(true);
      const second = await stores.assessments.listHistory(
        'component:default/paged-history',
        {
          limit: 2,
          beforeId: Number(first.items[1].id),
        },
      );
      expect(second.items.map(e => e.revision)).toEqual([3, 2]);
      const last = await stores.assessments.listHistory(
        'component:default/paged-history',
        {
          limit: 2,
          beforeId: Number(second.items[1].id),
        },
      );
      expect(last.items.map(e => e.revision)).toEqual([1]);
      expect(last.hasMore).toBe(false);

      const tested = await stores.assessments.listHistory(
        'component:default/paged-history',
        {
          limit: 10,
          criterionId: 'beta.walk.tested',
        },
      );
      expect(tested.items.map(e => e.revision)).toEqual([4, 2]);
    });
  },
);
