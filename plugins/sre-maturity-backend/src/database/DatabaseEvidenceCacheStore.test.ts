import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testRecord } from '../__testUtils__/records';
import { testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { CachedEvidence } from './EvidenceCacheStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const read: CachedEvidence = {
  provider: 'repo',
  entityRef: 'component:default/pay',
  source: 'https://git.example.com/acme/pay',
  status: 'read',
  evidence: [
    {
      criterionId: 'beta.walk.tested',
      provider: 'repo',
      key: '.github/workflows/ci.yaml',
      value: 'CI pipeline',
    },
  ],
  readAt: '2026-11-29T10:00:00.000Z',
  checkedAt: '2026-11-29T10:00:00.000Z',
};

describe.each(databases.eachSupportedId())(
  'DatabaseEvidenceCacheStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
    });

    it('stores one read per provider and entity, the latest', async () => {
      const cache = stores.evidenceCache;
      await cache.saveCachedEvidence(read);
      await cache.saveCachedEvidence({ ...read, provider: 'other' });
      await cache.saveCachedEvidence({
        ...read,
        status: 'unreadable',
        message: 'NotFoundError: 404',
        checkedAt: '2026-11-30T10:00:00.000Z',
      });

      const entries = await cache.getCachedEvidence([
        'component:default/pay',
        'component:default/unknown',
      ]);
      expect(
        entries.sort((a, b) => a.provider.localeCompare(b.provider)),
      ).toEqual([
        { ...read, provider: 'other' },
        {
          ...read,
          status: 'unreadable',
          message: 'NotFoundError: 404',
          checkedAt: '2026-11-30T10:00:00.000Z',
        },
      ]);

      await cache.deleteCachedEvidence('other', ['component:default/pay']);
      expect(
        (await cache.getCachedEvidence(['component:default/pay'])).map(
          e => e.provider,
        ),
      ).toEqual(['repo']);
    });

    it('forgets the reads of entities that left the catalog', async () => {
      const cache = stores.evidenceCache;
      const now = new Date();
      for (const name of ['kept', 'left']) {
        await stores.entities.saveEntityRecord(
          testRecord(testEntity(name)),
          0,
          now,
        );
        await cache.saveCachedEvidence({
          ...read,
          entityRef: `component:default/${name}`,
        });
      }
      await stores.entities.markEntitiesRemoved(
        new Set(['component:default/kept']),
        new Date(now.getTime() + 1000),
      );

      expect(await cache.deleteRemovedEntities()).toBe(1);
      expect(
        (
          await cache.getCachedEvidence([
            'component:default/kept',
            'component:default/left',
          ])
        ).map(e => e.entityRef),
      ).toEqual(['component:default/kept']);
    });
  },
);
