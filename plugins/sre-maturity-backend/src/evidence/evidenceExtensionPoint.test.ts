import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  EvidenceProvider,
  sreMaturityEvidenceExtensionPoint,
} from '@sre-maturity/backstage-plugin-node';
import request from 'supertest';
import { sreMaturityPlugin } from '../plugin';
import { testConfig, testEntity } from '../__testUtils__/fixtures';
import {
  TEST_REPOSITORY_ANNOTATION,
  TEST_REPOSITORY_CRITERIA,
  testRepositoryEvidence,
  testRepositoryProvider,
} from '../__testUtils__/cachedProvider';
import { pluginSchedulerModule } from '../__testUtils__/pluginScheduler';
import { EVIDENCE_REFRESH_TASK_ID } from './refresh/scheduleEvidenceRefresh';

/** A module that adds `provider` through the extension point, as adopters do. */
function evidenceModule(moduleId: string, provider: EvidenceProvider) {
  return createBackendModule({
    pluginId: 'sre-maturity',
    moduleId,
    register(env) {
      env.registerInit({
        deps: { evidence: sreMaturityEvidenceExtensionPoint },
        async init({ evidence }) {
          evidence.addEvidenceProvider(provider);
        },
      });
    },
  });
}

/** The plugin with `modules`, the test model and a catalog of `entities`. */
function startWith(modules: BackendFeature[], entities: Entity[] = []) {
  return startTestBackend({
    features: [
      sreMaturityPlugin,
      ...modules,
      mockServices.rootConfig.factory({ data: testConfig }),
      catalogServiceMock.factory({ entities }),
    ],
  });
}

// The example provider of the node package's README: evidence from a
// system the catalog does not know about.
const chaosEvidenceModule = evidenceModule('chaos-evidence', {
  id: 'chaos-platform',
  async getEvidence({ entity }) {
    if (entity.metadata.name !== 'payments') {
      return [];
    }
    return [
      {
        criterionId: 'beta.run.chaos',
        provider: 'chaos-platform',
        key: 'experiments',
        value: '3 experiments last month',
        url: 'https://chaos.example.com/payments',
      },
    ];
  },
});

// A cached provider as a module adds it: read by the scheduled refresh only.
const repositoryProvider = testRepositoryProvider(async url => {
  if (url.endsWith('/ledger')) {
    throw new Error('Unable to read the repository, 404 Not Found');
  }
  return testRepositoryEvidence(url);
});
const repositoryReads = repositoryProvider.getEvidence;
const repositoryEvidenceModule = evidenceModule(
  'repository-evidence',
  repositoryProvider,
);

describe('sreMaturityEvidenceExtensionPoint', () => {
  it('feeds evidence from a module into assessments and the sync', async () => {
    const { server } = await startWith(
      [chaosEvidenceModule],
      [testEntity('payments')],
    );

    const res = await request(server).get(
      '/api/sre-maturity/assessments/component/default/payments',
    );
    expect(res.status).toBe(200);
    const chaos = res.body.assessment.areas[1].criteria[2];
    expect(chaos).toEqual(
      expect.objectContaining({
        criterionId: 'beta.run.chaos',
        status: 'met',
        origin: 'catalog',
        evidence: [
          {
            criterionId: 'beta.run.chaos',
            provider: 'chaos-platform',
            key: 'experiments',
            value: '3 experiments last month',
            url: 'https://chaos.example.com/payments',
          },
        ],
      }),
    );

    // The test backend's mock scheduler runs the task before answering.
    await request(server).post('/api/sre-maturity/sync').expect(202);
    const scorecard = await request(server).get('/api/sre-maturity/scorecard');
    expect(scorecard.body.items[0].score).toBe(14);
  });

  it('refuses a second provider with the same id', async () => {
    const duplicate = evidenceModule('duplicate-evidence', {
      id: 'annotation',
      getEvidence: async () => [],
    });
    await expect(startWith([duplicate])).rejects.toThrow(
      "evidence provider with id 'annotation'",
    );
  });

  it('reads cached providers on the schedule only, and serves what they read', async () => {
    const pluginScheduler = pluginSchedulerModule();
    const repo = (name: string) => ({
      annotations: {
        [TEST_REPOSITORY_ANNOTATION]: `https://git.example.com/acme/${name}`,
      },
    });
    const { server } = await startWith(
      [repositoryEvidenceModule, pluginScheduler.module],
      [
        testEntity('payments', repo('payments')),
        testEntity('ledger', repo('ledger')),
        testEntity('plain'),
      ],
    );
    const assessment = async (name: string) => {
      const res = await request(server).get(
        `/api/sre-maturity/assessments/component/default/${name}`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    const criterion = (body: any, id: string) =>
      body.assessment.areas
        .flatMap((area: any) => area.criteria)
        .find((c: any) => c.criterionId === id);

    // A page view reads nothing: the source waits for the refresh.
    expect((await assessment('payments')).evidenceSources).toEqual([
      {
        provider: 'repo',
        status: 'pending',
        source: 'https://git.example.com/acme/payments',
      },
    ]);
    expect((await assessment('plain')).evidenceSources).toEqual([
      { provider: 'repo', status: 'none' },
    ]);
    expect(repositoryReads).not.toHaveBeenCalled();

    // The sync finds sources not read yet and starts the refresh (the
    // mock scheduler runs it before answering).
    await request(server).post('/api/sre-maturity/sync').expect(202);
    expect(repositoryReads).toHaveBeenCalledTimes(2);

    // The refresh recomputed the scorecard record on its own.
    const scorecard = await request(server).get(
      '/api/sre-maturity/scorecard?q=payments',
    );
    expect(scorecard.body.items[0]).toMatchObject({
      name: 'payments',
      score: 14,
    });

    const payments = await assessment('payments');
    expect(criterion(payments, 'beta.walk.tested')).toMatchObject({
      status: 'met',
      origin: 'catalog',
      evidence: testRepositoryEvidence('https://git.example.com/acme/payments'),
    });
    expect(payments.evidenceSources).toEqual([
      {
        provider: 'repo',
        status: 'read',
        source: 'https://git.example.com/acme/payments',
        readAt: expect.any(String),
        checkedAt: expect.any(String),
      },
    ]);

    // "Could not read" on the provider's criteria, not "not met".
    const ledger = await assessment('ledger');
    const unreadable = [
      {
        provider: 'repo',
        source: 'https://git.example.com/acme/ledger',
        message: 'Error: Unable to read the repository, 404 Not Found',
        checkedAt: expect.any(String),
      },
    ];
    for (const id of TEST_REPOSITORY_CRITERIA) {
      expect(criterion(ledger, id)).toMatchObject({
        status: 'unknown',
        unreadable,
      });
    }
    expect(criterion(ledger, 'alpha.crawl.paged').unreadable).toBeUndefined();
    expect(ledger.evidenceSources).toEqual([
      {
        provider: 'repo',
        status: 'unreadable',
        source: 'https://git.example.com/acme/ledger',
        checkedAt: expect.any(String),
        message: 'Error: Unable to read the repository, 404 Not Found',
      },
    ]);
    expect(ledger.warnings).toEqual([]);

    // Read once: a scheduled run finds nothing due.
    await pluginScheduler.scheduler().triggerTask(EVIDENCE_REFRESH_TASK_ID);
    expect(repositoryReads).toHaveBeenCalledTimes(2);
  });
});
