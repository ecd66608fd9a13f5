import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { testConfig, testEntity } from '../__testUtils__/fixtures';
import { sreMaturityPlugin } from '../plugin';

jest.setTimeout(60_000);

// The plugin reads entities through the real catalog client here, from a
// stand-in catalog that records the paths it is asked for: a ref that the
// client would turn into another catalog path must be refused before it.

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const secret = {
  ...testEntity('secret'),
  metadata: { ...testEntity('secret').metadata, uid: 'uid-of-secret' },
};

function fakeCatalog(requested: string[]) {
  return createBackendPlugin({
    pluginId: 'catalog',
    register(env) {
      env.registerInit({
        deps: { httpRouter: coreServices.httpRouter },
        async init({ httpRouter }) {
          const router = express.Router();
          router.use((req, _res, next) => {
            requested.push(req.path);
            next();
          });
          router.get('/entities/by-uid/:uid', (req, res) => {
            if (req.params.uid !== 'uid-of-secret') {
              res.status(404).json({ error: { name: 'NotFoundError' } });
              return;
            }
            res.json(secret);
          });
          router.get('/entities', (_req, res) => {
            res.json([secret]);
          });
          router.get('/entities/by-query', (_req, res) => {
            res.json({ items: [], totalItems: 0, pageInfo: {} });
          });
          router.get(
            '/entities/by-name/:kind/:namespace/:name',
            (_req, res) => {
              res.status(404).json({ error: { name: 'NotFoundError' } });
            },
          );
          httpRouter.use(router);
        },
      });
    },
  });
}

describe('entity refs from the URL', () => {
  const requested: string[] = [];
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        sreMaturityPlugin,
        fakeCatalog(requested),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({ data: testConfig }),
      ],
    });
    server = backend.server;
  });

  beforeEach(() => {
    requested.length = 0;
  });

  it.each([
    ['kind', '/assessments/%2e%2e/by-uid/uid-of-secret'],
    ['kind', '/assessments/../by-uid/uid-of-secret'],
    ['namespace', '/assessments/component/../..'],
    ['namespace', '/assessments/component/%2e%2e/%2e%2e/history'],
    ['name', '/assessments/component/default/..'],
    [
      'name',
      '/assessments/component/default/a%2F..%2F..%2Fby-uid%2Fuid-of-secret/trend',
    ],
    ['name', '/assessments/component/default/a%00b'],
    ['kind', '/assessments/com%20ponent/default/secret'],
  ])(
    'refuses an invalid %s before asking the catalog: %s',
    async (part, path) => {
      const res = await request(server).get(`/api/sre-maturity${path}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(new RegExp(`^Invalid ${part} `)),
      });
      expect(requested).toEqual([]);
    },
  );

  it('refuses an invalid ref in an update before asking the catalog', async () => {
    const res = await request(server)
      .patch('/api/sre-maturity/assessments/%2e%2e/by-uid/uid-of-secret')
      .send({
        revision: 0,
        answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
      });
    expect(res.status).toBe(400);
    expect(requested).toEqual([]);
  });

  it('asks the catalog by name for a valid ref, in any case', async () => {
    const res = await request(server).get(
      '/api/sre-maturity/assessments/Component/Default/My_Service.v2',
    );
    expect(res.status).toBe(404);
    expect(requested).toEqual([
      '/entities/by-name/Component/Default/My_Service.v2',
    ]);
  });
});
