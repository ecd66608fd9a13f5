import { Knex } from 'knex';

type Dialect = 'pg' | 'mysql' | 'sqlite';

function dialectOf(db: Knex): Dialect {
  const client = String(db.client.config.client);
  if (client === 'pg' || client === 'postgres' || client === 'postgresql') {
    return 'pg';
  }
  if (client === 'mysql' || client === 'mysql2') {
    return 'mysql';
  }
  return 'sqlite';
}

export function isPostgres(db: Knex): boolean {
  return dialectOf(db) === 'pg';
}

/**
 * A subquery with one row per string of a JSON array, in column `value`, so
 * that a list may be longer than the databases' bind parameter limits.
 */
export function jsonStrings(db: Knex, json: string): Knex.Raw {
  switch (dialectOf(db)) {
    case 'pg':
      return db.raw(
        'SELECT jsonb_array_elements_text(CAST(? AS jsonb)) AS value',
        [json],
      );
    case 'mysql':
      return db.raw(
        "SELECT jt.value FROM JSON_TABLE(?, '$[*]' COLUMNS (value VARCHAR(255) PATH '$')) AS jt",
        [json],
      );
    default:
      return db.raw('SELECT value FROM json_each(?)', [json]);
  }
}
