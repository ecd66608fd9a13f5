import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  insertBatches,
  jsonListBatches,
  listBatches,
  statementLimits,
} from './batches';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

/** Rows of `columns` integer columns c0, c1, ... */
function numberRows(count: number, columns: number) {
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(
      Array.from({ length: columns }, (__, c) => [`c${c}`, i * columns + c]),
    ),
  );
}

async function createNumberTable(knex: Knex, columns: number) {
  await knex.schema.createTable('batch_numbers', table => {
    for (let c = 0; c < columns; c++) {
      table.integer(`c${c}`);
    }
  });
}

const countOf = async (knex: Knex, table: string) =>
  Number((await knex(table).count({ n: '*' }))[0].n);

describe.each(databases.eachSupportedId())('batches on %p', databaseId => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
  });

  it('inserts many narrow rows in batches the database takes', async () => {
    await createNumberTable(knex, 2);
    const rows = numberRows(40_000, 2);
    const batches = insertBatches(knex, rows);
    expect(batches.flat()).toEqual(rows);
    for (const batch of batches) {
      await knex('batch_numbers').insert(batch);
    }
    expect(await countOf(knex, 'batch_numbers')).toBe(rows.length);
  });

  it('inserts many wide rows in batches the database takes', async () => {
    await createNumberTable(knex, 120);
    const rows = numberRows(1000, 120);
    for (const batch of insertBatches(knex, rows)) {
      expect(batch.length * 120).toBeLessThanOrEqual(
        statementLimits(knex).maxBinds,
      );
      await knex('batch_numbers').insert(batch);
    }
    expect(await countOf(knex, 'batch_numbers')).toBe(rows.length);
  });

  it('inserts large values in batches that fit in a packet', async () => {
    await knex.schema.createTable('batch_texts', table => {
      table.integer('id');
      table.text('body', 'mediumtext');
    });
    // 20 MB in all: more than MariaDB's default max_allowed_packet.
    const body = 'ü'.repeat(25_000);
    const rows = Array.from({ length: 400 }, (_, id) => ({ id, body }));
    for (const batch of insertBatches(knex, rows)) {
      await knex('batch_texts').insert(batch);
    }
    expect(await countOf(knex, 'batch_texts')).toBe(rows.length);
  });

  it('splits lists for whereIn that the database takes', async () => {
    await knex.schema.createTable('batch_refs', table => {
      table.string('ref').primary();
    });
    const refs = Array.from(
      { length: 70_000 },
      (_, i) => `component:default/service-${i}`,
    );
    for (const batch of insertBatches(
      knex,
      refs.map(ref => ({ ref })),
    )) {
      await knex('batch_refs').insert(batch);
    }
    let found = 0;
    for (const list of listBatches(knex, refs)) {
      const [row] = await knex('batch_refs')
        .whereIn('ref', list)
        .count({ n: '*' });
      found += Number(row.n);
    }
    expect(found).toBe(refs.length);
  });
});

/** The message a query fails with (SQLite's errors are not jest's Errors). */
const failureOf = (query: Knex.QueryBuilder) =>
  query.then(
    () => 'succeeded',
    (error: Error) => error.message,
  );

describe('batches on SQLite', () => {
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init('SQLITE_3');
  });

  // The limits are SQLite's, not guesses: one row more than a batch fails.
  it('fills a batch up to 500 rows, the terms of a compound SELECT', async () => {
    await createNumberTable(knex, 2);
    const rows = numberRows(501, 2);
    const [batch] = insertBatches(knex, rows);
    expect(batch).toHaveLength(500);
    await knex('batch_numbers').insert(batch);
    expect(await failureOf(knex('batch_numbers').insert(rows))).toMatch(
      /too many terms in compound SELECT$/,
    );
  });

  it('fills a batch up to 32,766 bound values', async () => {
    await createNumberTable(knex, 100);
    const rows = numberRows(328, 100);
    const [batch] = insertBatches(knex, rows);
    expect(batch).toHaveLength(327);
    await knex('batch_numbers').insert(batch);
    expect(await failureOf(knex('batch_numbers').insert(rows))).toMatch(
      /too many SQL variables$/,
    );
  });
});

describe('batch sizes', () => {
  const clientOf = (client: string) =>
    ({ client: { config: { client } } } as unknown as Knex);

  it('sizes batches by rows, bound values and bytes per dialect', () => {
    const narrow = numberRows(100_000, 2);
    const sizes = (client: string, rows: object[]) =>
      insertBatches(clientOf(client), rows).map(batch => batch.length);
    expect(new Set(sizes('better-sqlite3', narrow))).toEqual(new Set([500]));
    expect(sizes('pg', narrow)).toEqual([32_767, 32_767, 32_767, 1699]);
    expect(new Set(sizes('mysql2', narrow))).toEqual(new Set([10_000]));

    const large = Array.from({ length: 100 }, () => ({
      body: 'x'.repeat(100_000),
    }));
    // At most 3 MiB of values, each string counted twice for escaping.
    expect(new Set(sizes('mysql2', large))).toEqual(new Set([15, 10]));
    expect(sizes('pg', large)).toEqual([100]);
  });

  it('puts a row larger than the byte budget in a batch of its own', () => {
    const rows = [{ a: 'x' }, { a: 'x'.repeat(4 * 1024 * 1024) }, { a: 'y' }];
    expect(
      insertBatches(clientOf('mysql2'), rows).map(batch => batch.length),
    ).toEqual([1, 1, 1]);
  });

  it('counts the columns of every row', () => {
    const rows = [{ a: 1 }, ...numberRows(40_000, 3)];
    for (const batch of insertBatches(clientOf('pg'), rows)) {
      expect(batch.length * 4).toBeLessThanOrEqual(65_535);
    }
  });

  it('sizes lists for whereIn', () => {
    const values = Array.from({ length: 12_500 }, (_, i) => `ref-${i}`);
    for (const client of ['better-sqlite3', 'pg', 'mysql2']) {
      expect(
        listBatches(clientOf(client), values).map(list => list.length),
      ).toEqual([5000, 5000, 2500]);
    }
    expect(listBatches(clientOf('pg'), [])).toEqual([]);
  });

  it('sizes lists passed as JSON by bytes alone', () => {
    const refs = Array.from(
      { length: 100_000 },
      (_, i) => `component:default/${'x'.repeat(40)}-${i}`,
    );
    expect(jsonListBatches(clientOf('pg'), refs)).toEqual([refs]);
    expect(jsonListBatches(clientOf('better-sqlite3'), refs)).toEqual([refs]);
    const mysql = jsonListBatches(clientOf('mysql2'), refs);
    expect(mysql.flat()).toEqual(refs);
    expect(mysql).toHaveLength(5);
    for (const list of mysql) {
      // Each character escaped at worst.
      expect(2 * Buffer.byteLength(JSON.stringify(list))).toBeLessThan(
        3 * 1024 * 1024,
      );
    }
  });
});
