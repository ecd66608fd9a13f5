import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import request from 'supertest';
import { expectValidResponse } from './__testUtils__/expectValidResponse';
import { testEntity } from './__testUtils__/fixtures';
import { TcpProxy } from './__testUtils__/TcpProxy';
import { startSreMaturityBackend } from './__testUtils__/testBackend';
import { DATABASE_UNAVAILABLE_MESSAGE } from './database/unavailable';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const API = '/api/sre-maturity';
const ENTITY = '/assessments/component/default/steady';
const CRITERION = 'alpha.crawl.paged';

/** What a caller of every kind asks for; each needs the database. */
const ROUTES = [
  ['get', '/health'],
  ['get', ENTITY],
  ['patch', ENTITY],
  ['get', `${ENTITY}/history`],
  ['get', `${ENTITY}/trend`],
  ['get', '/scorecard'],
  ['get', '/scorecard?facets=false'],
  ['get', '/scorecard/facets'],
  ['get', '/scorecard/groups?by=owner'],
  ['get', '/scorecard/trend'],
  ['get', '/scorecard/areas'],
  ['get', '/scorecard/exempt'],
  ['get', '/scorecard/export.csv'],
] as const;

type Server = Parameters<typeof request>[0];

function call(server: Server, [method, path]: (typeof ROUTES)[number]) {
  const req = request(server)[method](`${API}${path}`);
  return method === 'patch'
    ? req.send({
        revision: 0,
        answers: [{ criterionId: CRITERION, status: 'met', note: 'outage' }],
      })
    : req;
}

/** The plugin's database as Backstage makes it from config, through `proxy`. */
function pluginDatabaseThrough(proxy: TcpProxy, direct: Knex) {
  const { client, connection } = direct.client.config;
  // Knex hides the password from enumeration.
  const { user, password, database } = connection as Knex.ConnectionConfig;
  return DatabaseManager.fromConfig(
    new ConfigReader({
      backend: {
        database: {
          client,
          connection: { ...proxy.address, user, password },
          ensureExists: false,
          plugin: { 'sre-maturity': { connection: { database } } },
        },
      },
    }),
  ).forPlugin('sre-maturity', {
    logger: mockServices.logger.mock(),
    lifecycle: mockServices.lifecycle.mock(),
  });
}

describe.each(databases.eachSupportedId())('readiness on %p', databaseId => {
  it('GET /health answers 200 while the database answers', async () => {
    const { server } = await startSreMaturityBackend({
      knex: await databases.init(databaseId),
      entities: [],
    });
    const res = await request(server).get(`${API}/health`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expectValidResponse(res, '/health', 'get');
  });
});

// SQLite is a file of the backend's own: it cannot go away like a server.
describe.each(databases.eachSupportedId().filter(([id]) => id !== 'SQLITE_3'))(
  'the plugin while %p goes away and comes back',
  databaseId => {
    let proxy: TcpProxy;
    let server: Server;
    let direct: Knex;
    let pluginKnex: Knex;
    /** The revision and note of every update the plugin accepted. */
    const accepted: Array<{ revision: number; note: string }> = [];

    beforeAll(async () => {
      direct = await databases.init(databaseId);
      const { host, port } = direct.client.config.connection;
      proxy = await TcpProxy.start({ host, port });
      pluginKnex = await pluginDatabaseThrough(proxy, direct).getClient();
      ({ server } = await startSreMaturityBackend({
        knex: pluginKnex,
        entities: [testEntity('steady')],
      }));
    });

    // The next test starts with the database there, also after a failure.
    afterEach(() => proxy.forward());

    afterAll(async () => {
      await proxy.stop();
      await pluginKnex.destroy();
    });

    /** Reads the revision and updates the answer; whether it was accepted. */
    async function update(note: string) {
      const current = await request(server).get(`${API}${ENTITY}`);
      if (current.status !== 200) {
        return false;
      }
      const res = await request(server)
        .patch(`${API}${ENTITY}`)
        .send({
          revision: current.body.revision,
          answers: [{ criterionId: CRITERION, status: 'met', note }],
        });
      if (res.status !== 200) {
        return false;
      }
      accepted.push({ revision: res.body.revision, note });
      return true;
    }

    /**
     * Editors updating the answer over and over, each based on what it
     * read, until told to stop; resolves once `acceptedBefore` of their
     * updates were accepted, so that the database goes away with updates
     * in flight.
     */
    async function startEditors(name: string, acceptedBefore: number) {
      const editing = { stopped: false };
      const count = accepted.length;
      const editors = Promise.all(
        [1, 2, 3].map(async editor => {
          for (let i = 0; !editing.stopped; i++) {
            if (!(await update(`${name}, editor ${editor}, update ${i}`))) {
              await new Promise(resolve => setTimeout(resolve, 10));
            }
          }
        }),
      );
      while (accepted.length < count + acceptedBefore) {
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      return async () => {
        editing.stopped = true;
        await editors;
      };
    }

    /** Every route while the database is away: a plain 503 within 5 s. */
    async function expectUnavailable() {
      const answers = await Promise.all(
        ROUTES.map(async route => {
          const started = Date.now();
          const res = await call(server, route);
          return { route, res, ms: Date.now() - started };
        }),
      );
      for (const { route, res, ms } of answers) {
        const seen = { route, status: res.status, within5s: ms < 5000 };
        expect(seen).toEqual({ route, status: 503, within5s: true });
        expect(res.body.error).toEqual({
          name: 'ServiceUnavailableError',
          message: DATABASE_UNAVAILABLE_MESSAGE,
        });
        expectValidResponse(
          res,
          route[1]
            .split('?')[0]
            .replace(ENTITY, '/assessments/{kind}/{namespace}/{name}') as any,
          route[0],
        );
      }
    }

    /** Resolves once `/health` answers 200 again; how long that took. */
    async function recovery() {
      const started = Date.now();
      while ((await request(server).get(`${API}/health`)).status !== 200) {
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      return Date.now() - started;
    }

    it.each([
      ['stops (refuses connections)', () => proxy.stop()],
      ['drops every packet', () => proxy.blackhole()],
    ])(
      'answers 503 within 5 s while the database %s, and recovers at once',
      async (outageName, outage) => {
        for (const route of ROUTES.filter(([method]) => method === 'get')) {
          expect((await call(server, route)).status).toBe(200);
        }
        // Their updates also clear the cached counts, which would answer
        // without the database.
        const stopEditors = await startEditors(outageName, 3);
        await outage();
        await expectUnavailable();
        await stopEditors();

        await proxy.forward();
        expect(await recovery()).toBeLessThan(2000);
        expect(await update('after')).toBe(true);
      },
    );

    it('lost no accepted update and half-wrote none', async () => {
      const history = await direct('sre_maturity_history')
        .where('entity_ref', 'component:default/steady')
        .orderBy('revision')
        .select('revision', 'note');
      const revisions = history.map(row => Number(row.revision));
      // One event per update, every revision from the first on.
      expect(revisions).toEqual(revisions.map((_r, i) => i + 1));
      for (const { revision, note } of accepted) {
        expect(history).toContainEqual({ revision, note });
      }
      // The answer is that of the last update.
      const answer = await direct('sre_maturity_answers')
        .where('entity_ref', 'component:default/steady')
        .first('note');
      expect(answer.note).toBe(history[history.length - 1].note);
      const entity = await request(server).get(`${API}${ENTITY}`);
      expect(entity.body.revision).toBe(revisions.length);
    });
  },
);
