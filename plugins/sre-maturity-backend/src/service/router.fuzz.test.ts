import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { testEntity } from '../__testUtils__/fixtures';
import { FuzzRequest, fuzzRequests } from '../__testUtils__/fuzzRequests';
import { startSreMaturityBackend } from '../__testUtils__/testBackend';
import { ANSWERS, ENTITIES, HISTORY } from '../database/tables';

jest.setTimeout(120_000);

// A few thousand seeded, malformed requests over every route and method of
// the spec: none may answer 5xx, and none may change a stored answer.
// SRE_MATURITY_FUZZ_SEED and SRE_MATURITY_FUZZ_REQUESTS replay or widen it.

const SEED = Number(process.env.SRE_MATURITY_FUZZ_SEED ?? 19);
const REQUESTS = Number(process.env.SRE_MATURITY_FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = 4;

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const API = '/api/sre-maturity';

const entities = [
  testEntity('payments', {
    system: 'pay',
    tags: ['java'],
    annotations: { 'pagerduty.com/service-id': 'P123' },
  }),
  testEntity('web', { owner: 'team-b', type: 'website', title: 'Wéb 😀' }),
  testEntity('hidden', { tags: ['secret'] }),
  testEntity('people', { kind: 'Group' }),
];

/** What no request of the fuzz may change: answers, history and revisions. */
async function storedAnswers(knex: Knex) {
  return {
    answers: await knex(ANSWERS).orderBy(['entity_ref', 'criterion_id']),
    history: await knex(HISTORY).orderBy('id'),
    revisions: await knex(ENTITIES)
      .select('entity_ref', 'revision')
      .orderBy('entity_ref'),
  };
}

function send(server: Parameters<typeof request>[0], fuzz: FuzzRequest) {
  const method = fuzz.method.toLowerCase() as
    | 'get'
    | 'head'
    | 'post'
    | 'put'
    | 'patch'
    | 'delete'
    | 'options';
  const req = request(server)[method](`${API}${fuzz.path}`);
  if (!fuzz.body) {
    return req;
  }
  // As text: supertest refuses JSON primitives.
  return 'json' in fuzz.body
    ? req
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(fuzz.body.json))
    : req.set('Content-Type', fuzz.body.contentType).send(fuzz.body.text);
}

describe.each(databases.eachSupportedId())(
  'fuzzing the API on %p',
  databaseId => {
    it(`answers ${REQUESTS} malformed requests without 5xx or writes (seed ${SEED})`, async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startSreMaturityBackend({
        knex,
        entities,
        hidden: ['component:default/hidden'],
      });
      await request(server).post(`${API}/sync`).expect(202);
      await request(server)
        .patch(`${API}/assessments/component/default/payments`)
        .send({
          revision: 0,
          answers: [
            { criterionId: 'alpha.walk.measured', status: 'met', note: 'Yes' },
            {
              criterionId: 'beta.run.chaos',
              status: 'not-applicable',
              reason: 'Batch job',
            },
          ],
        })
        .expect(200);
      const before = await storedAnswers(knex);

      const failures: string[] = [];
      const queue = fuzzRequests(SEED, REQUESTS);
      const statuses = new Map<number, number>();
      const worker = async () => {
        for (let fuzz = queue.shift(); fuzz; fuzz = queue.shift()) {
          const described = `${fuzz.method} ${fuzz.path} ${JSON.stringify(
            fuzz.body ?? '',
          ).slice(0, 200)}`;
          try {
            const res = await send(server, fuzz);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const errorBody =
              fuzz.method !== 'HEAD' &&
              res.status >= 400 &&
              res.type === 'application/json';
            if (
              res.status >= 500 ||
              (errorBody && typeof res.body.error?.message !== 'string') ||
              /\bat .*\.(ts|js):\d+/.test(res.text ?? '')
            ) {
              failures.push(
                `${described} -> ${res.status} ${(res.text ?? '').slice(
                  0,
                  300,
                )}`,
              );
            }
          } catch (error) {
            failures.push(`${described} -> ${error}`);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));

      expect(failures.slice(0, 20)).toEqual([]);
      expect(await storedAnswers(knex)).toEqual(before);
      // Many requests get past validation, and many do not.
      expect(statuses.get(200)).toBeGreaterThan(REQUESTS / 10);
      expect(statuses.get(400)).toBeGreaterThan(REQUESTS / 10);
    });
  },
);
