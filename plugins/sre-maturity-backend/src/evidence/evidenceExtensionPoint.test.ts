import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { sreMaturityEvidenceExtensionPoint } from '@sre-maturity/backstage-plugin-node';
import request from 'supertest';
import { sreMaturityPlugin } from '../plugin';
import { testConfig, testEntity } from '../__testUtils__/fixtures';

// The example module of the node package's README: evidence from a system
// the catalog does not know about.
const chaosEvidenceModule = createBackendModule({
  pluginId: 'sre-maturity',
  moduleId: 'chaos-evidence',
  register(env) {
    env.registerInit({
      deps: { evidence: sreMaturityEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addEvidenceProvider({
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
      },
    });
  },
});

describe('sreMaturityEvidenceExtensionPoint', () => {
  it('feeds evidence from a module into assessments and the sync', async () => {
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        chaosEvidenceModule,
        mockServices.rootConfig.factory({ data: testConfig }),
        catalogServiceMock.factory({ entities: [testEntity('payments')] }),
      ],
    });

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
    const duplicate = createBackendModule({
      pluginId: 'sre-maturity',
      moduleId: 'duplicate-evidence',
      register(env) {
        env.registerInit({
          deps: { evidence: sreMaturityEvidenceExtensionPoint },
          async init({ evidence }) {
            evidence.addEvidenceProvider({
              id: 'annotation',
              getEvidence: async () => [],
            });
          },
        });
      },
    });
    await expect(
      startTestBackend({
        features: [
          sreMaturityPlugin,
          duplicate,
          mockServices.rootConfig.factory({ data: testConfig }),
          catalogServiceMock.factory(),
        ],
      }),
    ).rejects.toThrow("evidence provider with id 'annotation'");
  });
});
