import {
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { sreMaturityPlugin } from './plugin';
import {
  CATALOG_SYNC_TASK_ID,
  DAILY_SNAPSHOTS_TASK_ID,
} from './sync/scheduleTasks';
import { testConfig, testEntity } from './__testUtils__/fixtures';

jest.setTimeout(60_000);

type ScheduledTask = SchedulerServiceTaskScheduleDefinition &
  SchedulerServiceTaskInvocationDefinition;

function withSreMaturity(extra: object) {
  return {
    ...testConfig,
    sreMaturity: { ...(testConfig.sreMaturity as object), ...extra },
  };
}

describe('sreMaturityPlugin', () => {
  it('registers its permissions', async () => {
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        mockServices.rootConfig.factory({ data: testConfig }),
        catalogServiceMock.factory(),
      ],
    });
    const res = await request(server).get(
      '/api/sre-maturity/.well-known/backstage/permissions/metadata',
    );
    expect(res.status).toBe(200);
    expect(res.body.permissions.map((p: { name: string }) => p.name)).toEqual([
      'sre-maturity.assessment.update',
      'sre-maturity.sync',
      'sre-maturity.campaign.manage',
    ]);
  });

  it('schedules the sync and the daily snapshots as global tasks', async () => {
    const scheduler = mockServices.scheduler.mock();
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        scheduler.factory,
        mockServices.rootConfig.factory({
          data: withSreMaturity({
            sync: { schedule: { frequency: 'PT10M', timeout: { minutes: 5 } } },
          }),
        }),
        catalogServiceMock.factory({ entities: [testEntity('scheduled')] }),
      ],
    });
    const tasks = new Map<string, ScheduledTask>(
      scheduler.scheduleTask.mock.calls.map(([task]) => [task.id, task]),
    );
    expect(tasks.get(CATALOG_SYNC_TASK_ID)).toMatchObject({
      scope: 'global',
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: undefined,
    });
    expect(tasks.get(DAILY_SNAPSHOTS_TASK_ID)).toMatchObject({
      scope: 'global',
      frequency: { hours: 1 },
    });

    await tasks.get(CATALOG_SYNC_TASK_ID)!.fn(new AbortController().signal);
    await tasks.get(DAILY_SNAPSHOTS_TASK_ID)!.fn(new AbortController().signal);
    const res = await request(server).get('/api/sre-maturity/scorecard/trend');
    expect(res.body.items).toEqual([expect.objectContaining({ entities: 1 })]);
  });

  it.each([
    [
      { model: { areas: [{ id: 'x', title: 'X', phases: {} }] } },
      'sreMaturity.model.areas[0].phases',
    ],
    [{ sync: { pageSize: 5000 } }, 'sreMaturity.sync.pageSize'],
    [{ sync: { frequency: '10m' } }, 'sreMaturity.sync.frequency'],
    [
      { sync: { schedule: { frequency: 'often', timeout: '1m' } } },
      'sreMaturity.sync.schedule',
    ],
  ])('refuses to start with invalid config %j', async (config, key) => {
    await expect(
      startTestBackend({
        features: [
          sreMaturityPlugin,
          mockServices.rootConfig.factory({ data: withSreMaturity(config) }),
          catalogServiceMock.factory(),
        ],
      }),
    ).rejects.toThrow(key);
  });
});
