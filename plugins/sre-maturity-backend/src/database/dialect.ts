import { Knex } from 'knex';

export type Dialect = 'pg' | 'mysql' | 'sqlite';

export function dialectOf(db: Knex): Dialect {
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

const textArrays = new WeakMap<readonly string[], string>();

/**
 * Limits `column` to `values`, however many there are. PostgreSQL gets them
 * as one array parameter, which it plans as a constant and hashes; the
 * others read them from JSON. A list's PostgreSQL literal is built once, as
 * one request runs several queries over it.
 */
export function whereOneOf(
  db: Knex,
  builder: Knex.QueryBuilder,
  column: string,
  values: readonly string[],
): Knex.QueryBuilder {
  if (!isPostgres(db)) {
    return builder.whereRaw('?? IN (SELECT j.value FROM (?) j)', [
      column,
      jsonStrings(db, JSON.stringify(values)),
    ]);
  }
  let literal = textArrays.get(values);
  if (literal === undefined) {
    literal = `{${values
      .map(value => `"${value.replace(/["\\]/g, '\\$&')}"`)
      .join(',')}}`;
    textArrays.set(values, literal);
  }
  return builder.whereRaw('?? = ANY(?::text[])', [column, literal]);
}

/**
 * Orders by `column` with missing values last in either direction.
 * PostgreSQL and SQLite say so in SQL: sorting on an expression instead
 * took PostgreSQL half again as long for 30,000 rows. MySQL has no
 * `NULLS LAST`.
 */
export function orderNullsLast(
  db: Knex,
  builder: Knex.QueryBuilder,
  column: string,
  direction: 'asc' | 'desc',
): Knex.QueryBuilder {
  if (dialectOf(db) === 'mysql') {
    return builder
      .orderByRaw('?? IS NULL', [column])
      .orderBy(column, direction);
  }
  return builder.orderByRaw(
    `?? ${direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`,
    [column],
  );
}
