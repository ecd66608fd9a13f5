import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Evidence } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { SreMaturityStores } from '../../database/createDatabaseStores';
import { ScorecardSelection } from '../../database/types';
import { CatalogSync } from '../../sync/CatalogSync';
import {
  TEST_REPOSITORY_ANNOTATION,
  testRepositoryEvidence,
  testRepositoryProvider,
} from '../../__testUtils__/cachedProvider';
import { testEntity, testModel } from '../../__testUtils__/fixtures';
import { testStores } from '../../__testUtils__/stores';
import { createCatalogEvidenceProvider } from '../catalogEvidenceProvider';
import { CachedEvidenceProvider } from '../cachedEvidence';
import { EvidenceCollector } from '../EvidenceCollector';
import { EvidenceRefresh } from './EvidenceRefresh';
import { HostRateLimiter, LimiterClock } from './HostRateLimiter';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const everything: ScorecardSelection = {
  filter: {},
  visibility: { type: 'all' },
  staleBefore: new Date(0),
};

const DAY = 24 * 60 * 60 * 1000;
const GIT = 'https://git.example.com/acme';

function withRepo(name: string, url = `${GIT}/${name}`): Entity {
  return testEntity(name, {
    annotations: { [TEST_REPOSITORY_ANNOTATION]: url },
  });
}

/** A limiter that never waits, recording the waits it would have made. */
function recordingLimiter(requestsPerMinute = 30) {
  const waits: number[] = [];
  const clock: LimiterClock = {
    now: () => 0,
    sleep: async ms => {
      waits.push(ms);
    },
  };
  return { limiter: new HostRateLimiter(requestsPerMinute, clock), waits };
}

/** Reads `<GIT>/<name>` repositories; `missing` ones answer 404. */
function gitServer(missing: Set<string> = new Set()) {
  return async (url: string): Promise<Evidence[]> => {
    if (missing.has(url)) {
      const error = new Error(`Unable to read ${url}, 404 Not Found`);
      error.name = 'NotFoundError';
      error.stack = `${error.name}: ${error.message}\n    at readTree (reader.ts:1:1)`;
      throw error;
    }
    return testRepositoryEvidence(url);
  };
}

describe.each(databases.eachSupportedId())(
  'EvidenceRefresh on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
    });

    afterEach(async () => {
      await knex.destroy();
    });

    function createRefresh(
      entities: Entity[],
      provider: CachedEvidenceProvider,
      options: { concurrency?: number; limiter?: HostRateLimiter } = {},
    ) {
      const catalog = catalogServiceMock({ entities });
      const collector = new EvidenceCollector(
        [createCatalogEvidenceProvider(), provider],
        stores.evidenceCache,
        mockServices.logger.mock(),
      );
      const sync = new CatalogSync({
        catalog,
        auth: mockServices.auth(),
        assessmentStore: stores.assessments,
        entityStore: stores.entities,
        groupTree: stores.groups,
        scorecard: stores.scorecard,
        evidence: collector,
        model: testModel,
        staleAfterDays: 30,
        excludeKinds: new Set(['user', 'group']),
        pageSize: 2,
        logger: mockServices.logger.mock(),
      });
      const recompute = jest.spyOn(sync, 'recompute');
      const refresh = new EvidenceRefresh({
        catalog,
        auth: mockServices.auth(),
        providers: collector.cachedProviders,
        cache: stores.evidenceCache,
        sync,
        model: testModel,
        excludeKinds: new Set(['user', 'group']),
        pageSize: 2,
        concurrency: options.concurrency ?? 4,
        refreshAfterMs: DAY,
        limiter: options.limiter ?? recordingLimiter().limiter,
        logger: mockServices.logger.mock(),
      });
      return { refresh, sync, recompute, collector };
    }

    const scores = async () =>
      Object.fromEntries(
        (
          await stores.scorecard.page(
            everything,
            { column: 'name', direction: 'asc' },
            { limit: 100, offset: 0 },
          )
        ).map(row => [row.name, row.score]),
      );

    const cached = async (name: string) =>
      (
        await stores.evidenceCache.getCachedEvidence([
          `component:default/${name}`,
        ])
      )[0];

    it('reads each source once, stores it, and recomputes the entities whose evidence changed', async () => {
      const entities = [
        withRepo('pay'),
        withRepo('gone'),
        testEntity('plain'),
        testEntity('person', { kind: 'User' }),
      ];
      const provider = testRepositoryProvider(
        gitServer(new Set([`${GIT}/gone`])),
      );
      const { refresh, sync, recompute } = createRefresh(entities, provider);
      await sync.run();
      expect(await scores()).toEqual({ gone: 0, pay: 0, plain: 0 });

      expect(await refresh.run()).toEqual({
        read: 1,
        unreadable: 1,
        recomputed: 1,
      });
      expect(provider.getEvidence).toHaveBeenCalledTimes(2);
      expect(provider.getEvidence).toHaveBeenCalledWith(
        expect.objectContaining({
          source: { url: `${GIT}/pay` },
          model: testModel,
          entity: expect.objectContaining({ kind: 'Component' }),
        }),
      );
      // Only the entity whose evidence changed is recomputed, at once.
      expect(recompute).toHaveBeenCalledTimes(1);
      expect(recompute.mock.calls[0][0].map(e => e.metadata.name)).toEqual([
        'pay',
      ]);
      expect(await scores()).toEqual({ gone: 0, pay: 14, plain: 0 });

      expect(await cached('pay')).toEqual({
        provider: 'repo',
        entityRef: 'component:default/pay',
        source: `${GIT}/pay`,
        status: 'read',
        evidence: testRepositoryEvidence(`${GIT}/pay`),
        readAt: expect.any(String),
        checkedAt: expect.any(String),
      });
      // "Could not read", with the error's first line and no stack.
      expect(await cached('gone')).toEqual({
        provider: 'repo',
        entityRef: 'component:default/gone',
        source: `${GIT}/gone`,
        status: 'unreadable',
        evidence: [],
        message: `NotFoundError: Unable to read ${GIT}/gone, 404 Not Found`,
        checkedAt: expect.any(String),
      });

      // Nothing is due the second time.
      expect(await refresh.run()).toEqual({
        read: 0,
        unreadable: 0,
        recomputed: 0,
      });
      expect(provider.getEvidence).toHaveBeenCalledTimes(2);
    });

    it('reads again what is older than refreshAfter or moved, and forgets what has no source any more', async () => {
      const provider = testRepositoryProvider(gitServer());
      const old = new Date(Date.now() - 2 * DAY).toISOString();
      const entry = (name: string, source = `${GIT}/${name}`) => ({
        provider: 'repo',
        entityRef: `component:default/${name}`,
        source,
        status: 'read' as const,
        evidence: testRepositoryEvidence(source),
        readAt: old,
        checkedAt: old,
      });
      await stores.evidenceCache.saveCachedEvidence(entry('stale'));
      await stores.evidenceCache.saveCachedEvidence(
        entry('moved', `${GIT}/before`),
      );
      await stores.evidenceCache.saveCachedEvidence(entry('dropped'));
      await stores.evidenceCache.saveCachedEvidence({
        ...entry('fresh'),
        checkedAt: new Date().toISOString(),
      });
      const { refresh, sync } = createRefresh(
        [
          withRepo('stale'),
          withRepo('moved'),
          testEntity('dropped'),
          withRepo('fresh'),
        ],
        provider,
      );
      await sync.run();
      // An entity without a source gets nothing from an old read.
      expect(await scores()).toEqual({
        dropped: 0,
        fresh: 14,
        moved: 0,
        stale: 14,
      });

      await refresh.run();
      expect(
        provider.getEvidence.mock.calls.map(([o]) => o.source.url).sort(),
      ).toEqual([`${GIT}/moved`, `${GIT}/stale`]);
      expect(Date.parse((await cached('stale')).checkedAt)).toBeGreaterThan(
        Date.parse(old),
      );
      expect((await cached('moved')).source).toBe(`${GIT}/moved`);
      expect(await cached('dropped')).toBeUndefined();
      expect(await scores()).toEqual({
        dropped: 0,
        fresh: 14,
        moved: 14,
        stale: 14,
      });
    });

    it('tries a source that could not be read again after an hour', async () => {
      const provider = testRepositoryProvider(gitServer());
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const status of ['read', 'unreadable'] as const) {
        await stores.evidenceCache.saveCachedEvidence({
          provider: 'repo',
          entityRef: `component:default/${status}`,
          source: `${GIT}/${status}`,
          status,
          evidence: [],
          checkedAt: twoHoursAgo.toISOString(),
        });
      }
      const { refresh } = createRefresh(
        [withRepo('read'), withRepo('unreadable')],
        provider,
      );
      await refresh.run();
      expect(
        provider.getEvidence.mock.calls.map(([o]) => o.source.url),
      ).toEqual([`${GIT}/unreadable`]);
      expect(await cached('unreadable')).toMatchObject({ status: 'read' });
    });

    it('keeps what the last read found when a later read fails', async () => {
      const missing = new Set<string>();
      const provider = testRepositoryProvider(gitServer(missing));
      const { refresh, sync, recompute, collector } = createRefresh(
        [withRepo('pay')],
        provider,
      );
      await sync.run();
      await refresh.run();
      const first = await cached('pay');

      // Make it due again, then let the repository fail.
      await stores.evidenceCache.saveCachedEvidence({
        ...first,
        checkedAt: new Date(Date.now() - 2 * DAY).toISOString(),
      });
      missing.add(`${GIT}/pay`);
      recompute.mockClear();
      expect(await refresh.run()).toMatchObject({ unreadable: 1 });

      expect(await cached('pay')).toMatchObject({
        status: 'unreadable',
        evidence: first.evidence,
        readAt: first.readAt,
      });
      expect(recompute).not.toHaveBeenCalled();
      expect(await scores()).toEqual({ pay: 14 });
      const [collected] = await collector.collectMany(
        [withRepo('pay')],
        testModel,
      );
      expect(collected.sources).toEqual([
        expect.objectContaining({ status: 'unreadable', readAt: first.readAt }),
      ]);
    });

    it('reads at most `concurrency` sources at once and spaces the reads per host', async () => {
      let inFlight = 0;
      let most = 0;
      const provider = testRepositoryProvider(async url => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise(resolve => setImmediate(resolve));
        inFlight -= 1;
        return testRepositoryEvidence(url);
      });
      const { limiter, waits } = recordingLimiter(30);
      const { refresh } = createRefresh(
        [
          withRepo('a1'),
          withRepo('a2'),
          withRepo('a3'),
          withRepo('b1', 'https://other.example.com/b1'),
        ],
        provider,
        { concurrency: 2, limiter },
      );
      await refresh.run();

      expect(provider.getEvidence).toHaveBeenCalledTimes(4);
      expect(most).toBe(2);
      // Pages of two: git.example.com's second read in each page waits its
      // 2 s slot; the other host's read does not wait for it.
      expect(waits).toEqual([2000, 4000]);
    });
  },
);
