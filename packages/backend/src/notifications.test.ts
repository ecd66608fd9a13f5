import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import signalsPlugin from '@backstage/plugin-signals-backend';
import sreMaturityPlugin from '@sre-maturity/backstage-plugin-backend';
import request from 'supertest';

// The demo's journey through the real notifications backend: a notice the
// SRE maturity plugin sends to a team reaches its members' bell, once.

const GUEST = 'user:development/guest';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-payments', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'hasMember', targetRef: GUEST }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest', namespace: 'development' },
    spec: { memberOf: ['group:default/team-payments'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-payments' },
  },
];

describe('SRE maturity notices in the notifications backend', () => {
  it("reach the owning team's members once", async () => {
    let scheduler: SchedulerService | undefined;
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        notificationsPlugin,
        signalsPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: { app: { baseUrl: 'http://localhost:3000' } },
        }),
        createBackendModule({
          pluginId: 'sre-maturity',
          moduleId: 'test-scheduler',
          register(env) {
            env.registerInit({
              deps: { pluginScheduler: coreServices.scheduler },
              async init({ pluginScheduler }) {
                scheduler = pluginScheduler;
              },
            });
          },
        }),
      ],
    });
    const api = '/api/sre-maturity';
    const path = `${api}/assessments/component/default/payments-api`;
    const guest = mockCredentials.user.header(GUEST);
    await request(server).post(`${api}/sync`).expect(202);

    // A not-applicable answer that expires in 5 days: a notice is due.
    const { body: assessment } = await request(server)
      .get(path)
      .set('Authorization', guest)
      .expect(200);
    const expiresAt = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10);
    await request(server)
      .patch(path)
      .set('Authorization', guest)
      .send({
        revision: assessment.revision,
        answers: [
          {
            criterionId: 'on-call.crawl.escalation-process',
            status: 'not-applicable',
            reason: 'Paged through the platform team for now',
            expiresAt,
          },
        ],
      })
      .expect(200);

    await scheduler!.triggerTask('sre-maturity-notifications');
    await scheduler!.triggerTask('sre-maturity-notifications');

    const { body } = await request(server)
      .get('/api/notifications/notifications')
      .set('Authorization', guest)
      .expect(200);
    expect(body.totalCount).toBe(1);
    expect(body.notifications[0]).toMatchObject({
      user: GUEST,
      origin: 'plugin:sre-maturity',
      payload: {
        link: '/catalog/default/component/payments-api/sre-maturity',
        scope:
          'sre-maturity:not-applicable:component:default/payments-api:on-call.crawl.escalation-process',
        topic: 'SRE maturity',
      },
    });
    expect(body.notifications[0].payload.title).toContain(expiresAt);
  });
});
