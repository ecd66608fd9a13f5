import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { testEntity } from '../__testUtils__/fixtures';
import { startSreMaturityBackend } from '../__testUtils__/testBackend';
import { ENTITIES } from '../database/tables';

jest.setTimeout(60_000);

// Backstage's error handler shows stack traces in development, and filters
// only PostgreSQL's own errors from responses: the plugin's handler sees to
// it that a failure shows what failed and nothing of how.

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const API = '/api/sre-maturity';

describe.each(databases.eachSupportedId())(
  'unexpected errors in development config on %p',
  databaseId => {
    let server: Parameters<typeof request>[0];
    let knex: Knex;
    let catalog: Awaited<ReturnType<typeof startSreMaturityBackend>>['catalog'];

    beforeAll(async () => {
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'development';
      try {
        knex = await databases.init(databaseId);
        ({ server, catalog } = await startSreMaturityBackend({
          knex,
          entities: [testEntity('payments')],
        }));
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
    });

    it('answers a failing catalog call with what failed, and no more', async () => {
      catalog.getEntityByRef.mockRejectedValueOnce(
        new TypeError(
          'connect ECONNREFUSED postgresql://backstage:secret@catalog-db:5432',
        ),
      );
      const res = await request(server).get(
        `${API}/assessments/component/default/payments`,
      );
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        error: { name: 'Error', message: 'Could not read the assessment' },
        request: {
          method: 'GET',
          url: '/assessments/component/default/payments',
        },
        response: { statusCode: 500 },
      });
    });

    it('answers a failing query with what failed, and no more', async () => {
      await knex.schema.renameTable(ENTITIES, `${ENTITIES}_away`);
      try {
        const res = await request(server).get(`${API}/scorecard?q=gone`);
        expect(res.status).toBe(500);
        expect(res.body.error).toEqual({
          name: 'Error',
          message: 'Could not read the scorecard',
        });
        expect(res.text).not.toMatch(/select|sre_maturity|stack/i);
      } finally {
        await knex.schema.renameTable(`${ENTITIES}_away`, ENTITIES);
      }
    });
  },
);
