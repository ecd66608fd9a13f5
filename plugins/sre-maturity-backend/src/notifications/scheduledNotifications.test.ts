import { createServiceFactory } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import request from 'supertest';
import { testConfig, testEntity } from '../__testUtils__/fixtures';
import { pluginSchedulerModule } from '../__testUtils__/pluginScheduler';
import { startSreMaturityBackend } from '../__testUtils__/testBackend';
import { SNAPSHOTS } from '../database/tables';
import { NOTIFICATIONS_TASK_ID } from './scheduleNotifications';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000)
  .toISOString()
  .slice(0, 10);

describe.each(databases.eachSupportedId())(
  'the scheduled notifications on %p',
  databaseId => {
    let knex: Knex;
    const send = jest.fn();

    // The plugin's own scheduler, to trigger its task as the scheduler would.
    const pluginScheduler = pluginSchedulerModule();
    const runTask = () =>
      pluginScheduler.scheduler().triggerTask(NOTIFICATIONS_TASK_ID);

    async function start(notifications: object = {}) {
      knex = await databases.init(databaseId);
      send.mockReset().mockResolvedValue(undefined);
      const { server } = await startSreMaturityBackend({
        knex,
        entities: [testEntity('drop', { owner: 'team-a' })],
        config: {
          sreMaturity: {
            ...(testConfig.sreMaturity as object),
            notifications,
          },
        },
        features: [
          pluginScheduler.module,
          // The edge: Backstage's notification service.
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send }),
          }),
        ],
      });
      await request(server).post('/api/sre-maturity/sync').expect(202);
      // It was at Walk yesterday; it is Not started now.
      await knex(SNAPSHOTS).insert({
        entity_ref: 'component:default/drop',
        taken_at: new Date(`${yesterday}T12:00:00Z`),
        day: yesterday,
        daily_day: yesterday,
        reason: 'daily',
        overall_rank: 2,
        score: 50,
        area_levels: '{}',
      });
    }

    it('sends a notice to the owner once, however often it runs', async () => {
      await start();
      await runTask();
      await runTask();
      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenCalledWith({
        recipients: { type: 'entity', entityRef: ['group:default/team-a'] },
        payload: expect.objectContaining({
          title: 'drop dropped from Walk to Not started',
          scope: 'sre-maturity:phase:component:default/drop',
          link: '/catalog/default/component/drop/sre-maturity',
        }),
      });
    });

    it('sends nothing of a kind switched off in config', async () => {
      await start({ phaseDropped: false });
      await runTask();
      expect(send).not.toHaveBeenCalled();
    });
  },
);
