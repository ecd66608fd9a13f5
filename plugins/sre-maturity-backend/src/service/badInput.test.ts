import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { testEntity } from '../__testUtils__/fixtures';
import { startSreMaturityBackend } from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

// Input that once reached the database or the catalog and came back as a
// 500: each is now a 400 (or 405) that says what was wrong.

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const API = '/api/sre-maturity';
const NUL = '%00';

const GET_ROUTES = [
  '/model',
  '/assessments/component/default/payments',
  '/assessments/component/default/payments/history',
  '/assessments/component/default/payments/trend',
  '/scorecard',
  '/scorecard/facets',
  '/scorecard/groups?by=owner',
  '/scorecard/trend',
  '/scorecard/areas',
  '/scorecard/exempt',
  '/scorecard/export.csv',
];

describe.each(databases.eachSupportedId())('bad input on %p', databaseId => {
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    ({ server } = await startSreMaturityBackend({
      knex: await databases.init(databaseId),
      entities: [testEntity('payments'), testEntity('untouched')],
    }));
  });

  const get = (path: string) => request(server).get(`${API}${path}`);

  const expectUntouched = async () => {
    const assessment = await get('/assessments/component/default/untouched');
    expect(assessment.body.revision).toBe(0);
    const history = await get(
      '/assessments/component/default/untouched/history',
    );
    expect(history.body.items).toEqual([]);
  };

  describe('a NUL character', () => {
    it.each([
      ['/scorecard', 'owner'],
      ['/scorecard', 'system'],
      ['/scorecard', 'kind'],
      ['/scorecard', 'type'],
      ['/scorecard', 'lifecycle'],
      ['/scorecard', 'tag'],
      ['/scorecard', 'q'],
      ['/scorecard', 'orderBy'],
      ['/scorecard/facets', 'owner'],
      ['/scorecard/facets', 'q'],
      ['/scorecard/groups?by=owner', 'system'],
      ['/scorecard/groups?by=owner', 'q'],
      ['/scorecard/trend', 'tag'],
      ['/scorecard/areas', 'q'],
      ['/scorecard/export.csv', 'q'],
      ['/assessments/component/default/payments/history', 'criterionId'],
      ['/assessments/component/default/payments/history', 'cursor'],
    ])('in a value of %s?%s is refused, naming it', async (path, name) => {
      const separator = path.includes('?') ? '&' : '?';
      const res = await get(`${path}${separator}${name}=a${NUL}b`);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        name: 'InputError',
        message: `${name}: must not contain the NUL character (U+0000)`,
      });
    });

    it('in the second of repeated values is refused, naming it', async () => {
      const res = await get(`/scorecard?tag=java&tag=a${NUL}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^tag\[1\]: /);
    });

    it.each(['note', 'reason', 'evidenceUrl'])(
      "in an answer's %s is refused, naming it, and nothing is written",
      async field => {
        const res = await request(server)
          .patch(`${API}/assessments/component/default/untouched`)
          .send({
            revision: 0,
            answers: [
              { criterionId: 'alpha.crawl.paged', status: 'met' },
              {
                criterionId: 'beta.run.chaos',
                status: 'not-applicable',
                reason: 'No chaos here',
                [field]: `https://example.com/a\u0000b`,
              },
            ],
          });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          `answers[1].${field}: must not contain the NUL character (U+0000)`,
        );
        await expectUntouched();
      },
    );
  });

  describe('numbers beyond what the database stores', () => {
    it.each([2 ** 31, 1e20, 2 ** 63])(
      'a revision of %d is refused',
      async revision => {
        const res = await request(server)
          .patch(`${API}/assessments/component/default/untouched`)
          .send({
            revision,
            answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
          });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/revision/);
        await expectUntouched();
      },
    );

    it('the largest revision is stale, not an error', async () => {
      const res = await request(server)
        .patch(`${API}/assessments/component/default/untouched`)
        .send({
          revision: 2 ** 31 - 1,
          answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
        });
      expect(res.status).toBe(409);
      await expectUntouched();
    });

    it.each([
      '/scorecard?offset=9223372036854775808',
      '/scorecard?offset=1e30',
      '/scorecard?offset=2147483648',
      '/scorecard/groups?by=owner&offset=9223372036854775808',
    ])('%s is refused', async path => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/offset/);
    });

    it('the largest offset answers an empty page', async () => {
      const res = await get('/scorecard?offset=2147483647');
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    });
  });

  describe('HEAD', () => {
    it.each(GET_ROUTES)('is answered without a body: %s', async path => {
      const res = await request(server).head(`${API}${path}`);
      expect(res.status).toBe(200);
      expect(res.text).toBeUndefined();
    });

    it.each([
      ['/scorecard/groups', 'by'],
      ['/scorecard/groups?by=fingerprint', 'by'],
      ['/scorecard?limit=1000000', 'limit'],
      ['/scorecard?offset=9223372036854775808', 'offset'],
      ['/scorecard/facets?unknown=1', 'unknown'],
      ['/assessments/component/default/payments/history?limit=1000', 'limit'],
      ['/scorecard/trend?from=yesterday', 'from'],
    ])('is validated as GET is: %s', async (path, name) => {
      const head = await request(server).head(`${API}${path}`);
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(name);
      expect(head.status).toBe(400);
    });
  });

  describe('a method the route does not answer', () => {
    it.each([
      ['post', '/scorecard/groups?by=owner', 'GET, HEAD'],
      ['put', '/scorecard/groups', 'GET, HEAD'],
      ['delete', '/scorecard', 'GET, HEAD'],
      ['patch', '/scorecard/export.csv', 'GET, HEAD'],
      ['delete', '/assessments/component/default/payments', 'GET, PATCH, HEAD'],
      ['get', '/sync', 'POST'],
    ] as const)('%s %s gets 405', async (method, path, allow) => {
      const res = await request(server)[method](`${API}${path}`).send({});
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.body.error.name).toBe('MethodNotAllowedError');
    });

    it('leaves unknown paths to 404', async () => {
      const res = await request(server).post(`${API}/scorecard/nothing`);
      expect(res.status).toBe(404);
    });
  });
});
