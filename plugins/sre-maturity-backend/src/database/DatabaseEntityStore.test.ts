import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { ENTITIES, ENTITY_TAGS, SNAPSHOTS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

describe.each(databases.eachSupportedId())(
  'DatabaseEntityStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
    });

    const entityRow = (name: string) =>
      knex(ENTITIES).where('entity_ref', `component:default/${name}`).first();

    describe('saveEntityRecord', () => {
      it('inserts an entity it does not know, at revision 0', async () => {
        const record = testRecord(
          testEntity('refresh-new', { tags: ['java', 'api'] }),
        );
        await stores.entities.saveEntityRecord(record, 0, new Date());

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
        await stores.entities.saveEntityRecord(
          testRecord(entity),
          0,
          new Date(),
        );
        await setTestAnswers(stores, 'refresh-race', 0, [
          {
            criterionId: 'beta.crawl.owned',
            answer: testAnswer('beta.crawl.owned', 'met'),
          },
        ]);
        const afterUpdate = await entityRow('refresh-race');

        // Computed from the answers before the update: must not win.
        await stores.entities.saveEntityRecord(
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
        const { answers } = await stores.assessments.getAssessmentState(
          'component:default/refresh-race',
        );
        await stores.entities.saveEntityRecord(
          testRecord(retitled, answers),
          1,
          new Date(),
        );
        expect(await entityRow('refresh-race')).toMatchObject({
          title: 'Race',
          revision: 1,
        });
      });
    });

    it('keeps titles whole to their 255th character, emoji included', async () => {
      const title = `${'🚀'.repeat(200)} ${'ü'.repeat(100)}`;
      await stores.entities.saveEntityRecord(
        testRecord(testEntity('emoji-title', { title })),
        0,
        new Date(),
      );
      const [row] = await stores.scorecard.page(
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

        let states = await stores.assessments.getAssessmentStates(refs);
        const first = await stores.entities.saveSyncedEntities(
          entities.map(e => testRecord(e)),
          states,
          syncedAt,
        );
        expect(first).toEqual({ updated: 2, outdated: [] });

        states = await stores.assessments.getAssessmentStates(refs);
        expect(
          await stores.entities.saveSyncedEntities(
            entities.map(e => testRecord(e)),
            states,
            syncedAt,
          ),
        ).toEqual({ updated: 0, outdated: [] });

        // An update lands between reading the states and writing the batch.
        await setTestAnswers(stores, 'sync-b', 0, [
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
          await stores.entities.saveSyncedEntities(
            retitled.map(e => testRecord(e)),
            states,
            syncedAt,
          ),
        ).toEqual({ updated: 2, outdated: ['component:default/sync-b'] });
        expect(await entityRow('sync-b')).toMatchObject({ revision: 1 });
      });

      it('marks entities the sync did not see as gone, and back', async () => {
        const fresh = await databases.init(databaseId);
        const own = await testStores(fresh);
        const first = new Date(Date.now() - 60_000);
        const stay = testRecord(testEntity('stay', { tags: ['java'] }));
        const leave = testRecord(testEntity('leave', { tags: ['java'] }));
        await own.entities.saveSyncedEntities([stay, leave], new Map(), first);
        // Only the scorecard's entities have tag rows.
        const tagged = async () =>
          (await fresh(ENTITY_TAGS).orderBy('entity_ref')).map(
            row => row.entity_ref,
          );
        expect(await tagged()).toEqual([leave.entityRef, stay.entityRef]);

        const second = new Date();
        await own.entities.saveSyncedEntities(
          [stay],
          await own.assessments.getAssessmentStates([stay.entityRef]),
          second,
        );
        // Written by a request while the sync ran, after its page was read.
        const arrived = testRecord(testEntity('arrived'));
        await own.entities.saveSyncedEntities([arrived], new Map(), second);
        const seen = new Set([stay.entityRef]);
        expect(await own.entities.markEntitiesRemoved(seen, second)).toBe(1);
        expect(await own.entities.markEntitiesRemoved(seen, second)).toBe(0);
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
        await own.entities.saveSyncedEntities(
          [leave],
          await own.assessments.getAssessmentStates([leave.entityRef]),
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
        await own.entities.saveSyncedEntities(
          [exempted],
          await own.assessments.getAssessmentStates([stay.entityRef]),
          third,
        );
        expect(await tagged()).toEqual([leave.entityRef]);
      });
    });
  },
);
