import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { sreMaturityPlugin } from '../plugin';
import { testConfig, testEntity } from '../__testUtils__/fixtures';

// The plugin as installed: the built-in provider judges owners against the
// Groups the catalog service lists.
const config = structuredClone(testConfig);
(config.sreMaturity as JsonObject).model = {
  ...((config.sreMaturity as JsonObject).model as JsonObject),
  criteria: [
    {
      id: 'alpha.crawl.documented',
      evidence: { relations: ['ownerIsGroup'] },
    },
  ],
};

describe('ownerIsGroup evidence in the plugin', () => {
  it('counts an owner that is a Group of the catalog, not a user', async () => {
    const { server } = await startTestBackend({
      features: [
        sreMaturityPlugin,
        mockServices.rootConfig.factory({ data: config }),
        catalogServiceMock.factory({
          entities: [
            testEntity('team-payments', { kind: 'Group' }),
            testEntity('jane', { kind: 'User' }),
            testEntity('payments', { owner: 'team-payments' }),
            testEntity('ledger', { owner: 'user:jane' }),
          ],
        }),
      ],
    });

    const documented = async (name: string) => {
      const res = await request(server).get(
        `/api/sre-maturity/assessments/component/default/${name}`,
      );
      expect(res.status).toBe(200);
      return res.body.assessment.areas[0].criteria.find(
        (c: { criterionId: string }) =>
          c.criterionId === 'alpha.crawl.documented',
      );
    };

    expect(await documented('payments')).toMatchObject({
      status: 'met',
      origin: 'catalog',
      evidence: [
        {
          provider: 'annotation',
          key: 'ownerIsGroup',
          value: 'group:default/team-payments',
        },
      ],
    });
    expect(await documented('ledger')).toMatchObject({
      status: 'unknown',
      evidence: [],
    });
  });
});
