import { mockServices } from '@backstage/backend-test-utils';
import {
  TEST_REPOSITORY_ANNOTATION,
  TEST_REPOSITORY_CRITERIA,
  testRepositoryEvidence,
  testRepositoryProvider,
} from '../__testUtils__/cachedProvider';
import { testEntity, testModel } from '../__testUtils__/fixtures';
import { createCatalogEvidenceProvider } from './catalogEvidenceProvider';
import {
  CachedEvidence,
  EvidenceCacheStore,
} from '../database/EvidenceCacheStore';
import { EvidenceCollector } from './EvidenceCollector';

/** A cache holding `entries`, counting its reads. */
function cacheOf(entries: CachedEvidence[]) {
  const cache: EvidenceCacheStore & { getCachedEvidence: jest.Mock } = {
    getCachedEvidence: jest.fn(async (refs: string[]) =>
      entries.filter(e => refs.includes(e.entityRef)),
    ),
    saveCachedEvidence: jest.fn(),
    deleteCachedEvidence: jest.fn(),
    deleteRemovedEntities: jest.fn(),
  };
  return cache;
}

const REPO = 'https://git.example.com/acme/pay';

describe('EvidenceCollector', () => {
  const entity = testEntity('pay', {
    annotations: { 'pagerduty.com/service-id': 'P1' },
  });

  it('merges the providers, keeps criteria of the model, reports failures', async () => {
    const logger = mockServices.logger.mock();
    const collector = new EvidenceCollector(
      [
        createCatalogEvidenceProvider(),
        {
          id: 'other',
          entityFields: ['spec.dependsOn'],
          getEvidence: async () => [
            {
              criterionId: 'beta.walk.tested',
              provider: 'other',
              key: 'ci',
              value: 'green',
            },
            {
              criterionId: 'not.in.model',
              provider: 'other',
              key: 'x',
              value: 'y',
            },
          ],
        },
        {
          id: 'broken',
          entityFields: ['spec.dependsOn', 'spec.providesApis'],
          getEvidence: async () => {
            throw new Error('timeout');
          },
        },
      ],
      cacheOf([]),
      logger,
    );

    expect(collector.entityFields).toEqual([
      'spec.owner',
      'spec.dependsOn',
      'spec.providesApis',
      'spec.consumesApis',
    ]);
    expect(await collector.collect(entity, testModel)).toEqual({
      evidence: [
        {
          criterionId: 'alpha.crawl.paged',
          provider: 'annotation',
          key: 'pagerduty.com/service-id',
          value: 'P1',
        },
        {
          criterionId: 'beta.walk.tested',
          provider: 'other',
          key: 'ci',
          value: 'green',
        },
      ],
      warnings: ["Evidence provider 'broken' failed: Error: timeout"],
      unreadable: [],
      sources: [],
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('component:default/pay'),
    );
  });

  describe('with a cached provider', () => {
    const withRepo = (name: string, url = REPO) =>
      testEntity(name, { annotations: { [TEST_REPOSITORY_ANNOTATION]: url } });
    const read: CachedEvidence = {
      provider: 'repo',
      entityRef: 'component:default/read',
      source: REPO,
      status: 'read',
      evidence: testRepositoryEvidence(REPO),
      readAt: '2026-11-30T10:00:00.000Z',
      checkedAt: '2026-11-30T10:00:00.000Z',
    };
    const unreadable: CachedEvidence = {
      ...read,
      entityRef: 'component:default/unreadable',
      status: 'unreadable',
      message: 'NotFoundError: 404 Not Found',
      checkedAt: '2026-11-30T11:00:00.000Z',
    };
    const moved: CachedEvidence = {
      ...read,
      entityRef: 'component:default/moved',
    };

    it('serves what the refresh read, never reading the source itself', async () => {
      const provider = testRepositoryProvider(async () => []);
      const cache = cacheOf([read, unreadable, moved]);
      const collector = new EvidenceCollector(
        [createCatalogEvidenceProvider(), provider],
        cache,
        mockServices.logger.mock(),
      );

      const [fromRead, fromUnreadable, fromMoved, pending, none] =
        await collector.collectMany(
          [
            withRepo('read'),
            withRepo('unreadable'),
            withRepo('moved', 'https://git.example.com/acme/elsewhere'),
            withRepo('pending'),
            testEntity('none'),
          ],
          testModel,
        );

      expect(provider.getEvidence).not.toHaveBeenCalled();
      expect(cache.getCachedEvidence).toHaveBeenCalledTimes(1);
      expect(fromRead).toEqual({
        evidence: testRepositoryEvidence(REPO),
        warnings: [],
        unreadable: [],
        sources: [
          {
            provider: 'repo',
            status: 'read',
            source: REPO,
            readAt: read.readAt,
            checkedAt: read.checkedAt,
          },
        ],
      });
      // The last successful read still counts; the criteria say it failed.
      expect(fromUnreadable).toEqual({
        evidence: testRepositoryEvidence(REPO),
        warnings: [],
        unreadable: [
          {
            criterionIds: TEST_REPOSITORY_CRITERIA,
            source: {
              provider: 'repo',
              source: REPO,
              message: 'NotFoundError: 404 Not Found',
              checkedAt: unreadable.checkedAt,
            },
          },
        ],
        sources: [
          {
            provider: 'repo',
            status: 'unreadable',
            source: REPO,
            readAt: read.readAt,
            checkedAt: unreadable.checkedAt,
            message: 'NotFoundError: 404 Not Found',
          },
        ],
      });
      // A read of another URL says nothing about the entity's repository.
      expect(fromMoved.evidence).toEqual([]);
      expect(fromMoved.sources).toEqual([
        {
          provider: 'repo',
          status: 'pending',
          source: 'https://git.example.com/acme/elsewhere',
        },
      ]);
      expect(pending.sources).toEqual([
        { provider: 'repo', status: 'pending', source: REPO },
      ]);
      expect(none.sources).toEqual([{ provider: 'repo', status: 'none' }]);
      expect(none.unreadable).toEqual([]);
    });
  });
});
