import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createLocalGitServer,
  LocalGitServer,
} from '@sre-maturity/backstage-plugin-node/testUtils';
import request from 'supertest';
import { sreMaturityPlugin } from '../../plugin';
import { testEntity } from '../../__testUtils__/fixtures';
import { pluginSchedulerModule } from '../../__testUtils__/pluginScheduler';
import { EVIDENCE_REFRESH_TASK_ID } from '../refresh/scheduleEvidenceRefresh';

// The built-in provider in the plugin, with the backend's own URL reader
// reading a local Gitea-compatible server, as the sample portal does.
describe('the built-in repository provider', () => {
  const repositories = createMockDirectory({
    content: {
      'acme/payments-api/runbooks/card-declines.md': '# Card declines\n',
    },
  });
  let git: LocalGitServer;

  beforeAll(async () => {
    git = await createLocalGitServer({ repositories: repositories.path });
  });
  afterAll(() => git.stop());

  async function startWith(sreMaturity: object) {
    const pluginScheduler = pluginSchedulerModule();
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        pluginScheduler.module,
        mockServices.rootConfig.factory({
          data: {
            integrations: { gitea: [{ host: git.host, baseUrl: git.baseUrl }] },
            sreMaturity,
          },
        }),
        catalogServiceMock.factory({
          entities: [
            testEntity('payments-api', {
              annotations: {
                'backstage.io/source-location': `url:${git.urlOf(
                  'acme',
                  'payments-api',
                )}`,
              },
            }),
          ],
        }),
      ],
    });
    const assessment = async () =>
      (
        await request(server).get(
          '/api/sre-maturity/assessments/component/default/payments-api',
        )
      ).body;
    return { scheduler: pluginScheduler.scheduler(), assessment };
  }

  it("reads the entity's repository on the refresh and links each file found", async () => {
    const { scheduler, assessment } = await startWith({});
    await scheduler.triggerTask(EVIDENCE_REFRESH_TASK_ID);

    const body = await assessment();
    expect(body.evidenceSources).toEqual([
      expect.objectContaining({
        provider: 'repository',
        status: 'read',
        source: git.urlOf('acme', 'payments-api'),
      }),
    ]);
    const runbooks = body.assessment.areas
      .flatMap((area: any) => area.criteria)
      .find((c: any) => c.criterionId === 'on-call.walk.runbooks');
    expect(runbooks).toMatchObject({
      status: 'met',
      evidence: [
        {
          criterionId: 'on-call.walk.runbooks',
          provider: 'repository',
          key: 'runbooks/card-declines.md',
          value: 'Runbook',
          url: git.urlOf('acme', 'payments-api', 'runbooks/card-declines.md'),
        },
      ],
    });
  });

  it('reads no repository when switched off', async () => {
    const { assessment } = await startWith({
      evidence: { repository: { enabled: false } },
    });
    expect((await assessment()).evidenceSources).toEqual([]);
  });
});
