import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  catalogServiceMock,
  CatalogServiceMock,
} from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { sreMaturityPlugin } from '../plugin';
import { testConfig, testEntity } from '../__testUtils__/fixtures';

// The sync through Backstage's own scheduler (the test backend's default is
// a mock that runs a triggered task inline and never reports a conflict).

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const API = '/api/sre-maturity';
const entities = ['one', 'two', 'three'].map(name => testEntity(name));

/** Asks again until `check` passes; the test's timeout bounds the wait. */
async function eventually(check: () => Promise<void>) {
  for (;;) {
    try {
      await check();
      return;
    } catch {
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }
}

describe.each(databases.eachSupportedId())('the scheduled sync on %p', id => {
  /** Starts the plugin with a catalog whose reads go through `read`. */
  async function start(
    schedule: JsonObject,
    read: (source: CatalogServiceMock) => CatalogServiceMock['queryEntities'],
  ) {
    const source = catalogServiceMock({ entities });
    const syncReads = jest.fn(read(source));
    const catalog = catalogServiceMock.mock({
      // The catalog evidence provider reads the groups too; only the sync's
      // own reads (its probe and its pages) are gated and counted.
      queryEntities: (req, options) =>
        req && 'filter' in req && req.filter
          ? source.queryEntities(req, options)
          : syncReads(req, options),
      getEntities: req => source.getEntities(req),
    });
    const backend = await startTestBackend({
      features: [
        sreMaturityPlugin,
        schedulerServiceFactory,
        mockServices.database.factory({ knex: await databases.init(id) }),
        mockServices.rootConfig.factory({
          data: {
            ...testConfig,
            sreMaturity: {
              ...(testConfig.sreMaturity as JsonObject),
              sync: { schedule },
              // No cached provider: its refresh would read the catalog too.
              evidence: { repository: { enabled: false } },
            },
          },
        }),
        catalog.factory,
      ],
    });
    const scorecardSize = async () =>
      (await request(backend.server).get(`${API}/scorecard`)).body.totalItems;
    return { server: backend.server, syncReads, scorecardSize };
  }

  it('runs the first sync once the catalog answers, without waiting a period', async () => {
    const { scorecardSize } = await start(
      {
        frequency: { hours: 1 },
        timeout: { minutes: 1 },
        initialDelay: { seconds: 1 },
      },
      source => {
        let failures = 2;
        return async (req, options) => {
          if (failures-- > 0) {
            throw new ServiceUnavailableError('The catalog is starting');
          }
          return source.queryEntities(req, options);
        };
      },
    );

    await eventually(async () => expect(await scorecardSize()).toBe(3));
  });

  it('starts the scheduled task on POST /sync, and says when it is already running', async () => {
    let release!: () => void;
    const released = new Promise<void>(resolve => {
      release = resolve;
    });
    const { server, syncReads, scorecardSize } = await start(
      { frequency: { trigger: 'manual' }, timeout: { minutes: 1 } },
      source => async (req, options) => {
        await released;
        return source.queryEntities(req, options);
      },
    );
    const trigger = async () => {
      const res = await request(server).post(`${API}/sync`);
      expect(res.status).toBe(202);
      return res.body.status;
    };

    expect(await trigger()).toBe('started');
    // Until a replica claims the run, a trigger only moves its start.
    await eventually(async () =>
      expect(await trigger()).toBe('alreadyRunning'),
    );
    expect(syncReads).toHaveBeenCalledTimes(1);

    release();
    await eventually(async () => expect(await scorecardSize()).toBe(3));
    await eventually(async () => expect(await trigger()).toBe('started'));
    // One probe and one page per run: the triggers while it ran added none.
    await eventually(async () => expect(syncReads).toHaveBeenCalledTimes(4));
    expect(await scorecardSize()).toBe(3);
  });
});
