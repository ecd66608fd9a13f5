import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { memoryCache } from '../__testUtils__/stores';
import { createDatabaseStores } from './createDatabaseStores';
import { ENTITIES } from './tables';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

/**
 * Starts replicas at once, each with its own connection pool; what became
 * of each, and whether the tables are there.
 */
async function startReplicas(clients: Knex[]) {
  const results = await Promise.allSettled(
    clients.map(knex =>
      createDatabaseStores({
        database: mockServices.database({ knex }),
        cache: memoryCache(),
      }),
    ),
  );
  return {
    outcomes: results.map(r => (r.status === 'rejected' ? r.reason : 'ok')),
    migrated: await clients[0].schema.hasTable(ENTITIES),
  };
}

describe.each(databases.eachSupportedId())('migrations on %p', databaseId => {
  // It would wait for the lock, were it left held.
  it('leave nothing for the next replica to do or wait for', async () => {
    const knex = await databases.init(databaseId);
    const started = { outcomes: ['ok'], migrated: true };
    expect(await startReplicas([knex])).toEqual(started);
    expect(await startReplicas([knex])).toEqual(started);
  });

  it('is skipped when the plugin is told to', async () => {
    const fresh = await databases.init(databaseId);
    await createDatabaseStores({
      database: mockServices.database({
        knex: fresh,
        migrations: { skip: true },
      }),
      cache: memoryCache(),
    });
    expect(await fresh.schema.hasTable(ENTITIES)).toBe(false);
  });
});

// SQLite has no replicas: its database belongs to one backend process.
describe.each(databases.eachSupportedId().filter(([id]) => id !== 'SQLITE_3'))(
  'two replicas migrating one empty database at once on %p',
  databaseId => {
    const secondClients: Knex[] = [];
    afterAll(() => Promise.all(secondClients.map(knex => knex.destroy())));

    // A race may go well once: three fresh databases.
    it.each([1, 2, 3])('both start (database %p)', async () => {
      const first = await databases.init(databaseId);
      const second = knexFactory(first.client.config);
      secondClients.push(second);
      expect(await startReplicas([first, second])).toEqual({
        outcomes: ['ok', 'ok'],
        migrated: true,
      });
    });
  },
);
