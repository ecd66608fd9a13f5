import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { dialectOf } from './dialect';

const migrationsDir = resolvePackagePath(
  '@sre-maturity/backstage-plugin-backend',
  'migrations',
);

/** How long a replica waits for another one's migrations to finish. */
const LOCK_WAIT_SECONDS = 300;

/** PostgreSQL advisory lock key of the plugin's migrations ('SREM'). */
const PG_LOCK_KEY = 0x5352_454d;

/**
 * Runs the plugin's migrations, one replica at a time. Knex's own migration
 * lock does not cover creating its tables, nor the row it locks: two
 * replicas starting together on an empty database both create them, and one
 * fails, or both insert a lock row, after which every run fails as locked.
 * So replicas queue on a lock of the database server's own, held on one
 * connection of the pool while the migrations run on others; the one that
 * comes second finds nothing left to do. A replica that dies releases it
 * with its connection.
 *
 * SQLite has no such lock, and needs none: its database belongs to one
 * backend process.
 */
export async function migrateToLatest(db: Knex): Promise<void> {
  const migrate = async () => {
    await db.migrate.latest({ directory: migrationsDir });
  };
  switch (dialectOf(db)) {
    case 'pg':
      await db.transaction(async tx => {
        // A transaction-level lock, released by the commit or rollback.
        await tx.raw("SELECT set_config('lock_timeout', ?, true)", [
          `${LOCK_WAIT_SECONDS}s`,
        ]);
        await tx.raw('SELECT pg_advisory_xact_lock(?)', [PG_LOCK_KEY]);
        await migrate();
      });
      return;
    case 'mysql':
      await db.transaction(async tx => {
        // Named locks are server-wide: the name carries the database's.
        const name = tx.raw("CONCAT('sre_maturity_migrate_', MD5(DATABASE()))");
        const [[{ locked }]] = await tx.raw('SELECT GET_LOCK(?, ?) AS locked', [
          name,
          LOCK_WAIT_SECONDS,
        ]);
        if (Number(locked) !== 1) {
          throw new Error(
            `Another replica has been migrating the SRE maturity tables for more than ${LOCK_WAIT_SECONDS} s`,
          );
        }
        try {
          await migrate();
        } finally {
          await tx.raw('SELECT RELEASE_LOCK(?)', [name]);
        }
      });
      return;
    default:
      await migrate();
  }
}
