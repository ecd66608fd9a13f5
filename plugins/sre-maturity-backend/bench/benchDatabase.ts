import knexFactory, { Knex } from 'knex';

// The benchmark's own PostgreSQL database, created empty for every run.

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(
  url: string,
  fn: (admin: Knex) => Promise<T>,
): Promise<T> {
  const admin = knexFactory({
    client: 'pg',
    connection: withDatabase(url, 'postgres'),
  });
  try {
    return await fn(admin);
  } finally {
    await admin.destroy();
  }
}

export async function createBenchDatabase(
  url: string,
  database: string,
): Promise<Knex> {
  await onServer(url, async admin => {
    await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [database]);
    await admin.raw('CREATE DATABASE ??', [database]);
  });
  // The pool size of Backstage's default PostgreSQL connection.
  return knexFactory({
    client: 'pg',
    connection: withDatabase(url, database),
    pool: { min: 0, max: 10 },
  });
}

export async function dropBenchDatabase(url: string, database: string) {
  await onServer(url, admin =>
    admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [database]),
  );
}

/** Rows and on-disk size (with indexes) of each of the plugin's tables. */
export async function tableSizes(
  knex: Knex,
): Promise<Array<{ table: string; rows: number; bytes: number }>> {
  const { rows } = await knex.raw<{
    rows: Array<{ table: string; bytes: string }>;
  }>(`
    SELECT relname AS table, pg_total_relation_size(oid) AS bytes
    FROM pg_class
    WHERE relkind = 'r' AND relname LIKE 'sre_maturity_%'
    ORDER BY relname`);
  const sizes = [];
  for (const row of rows) {
    const [{ count }] = await knex(row.table).count({ count: '*' });
    sizes.push({
      table: row.table,
      rows: Number(count),
      bytes: Number(row.bytes),
    });
  }
  return sizes;
}
