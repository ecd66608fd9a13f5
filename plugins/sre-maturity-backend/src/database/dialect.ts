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

/**
 * Restricts `column` to a list of entity refs passed as one JSON parameter,
 * so that the list may be longer than the databases' bind parameter limits.
 */
export function whereEntityRefIn(
  db: Knex,
  builder: Knex.QueryBuilder,
  column: string,
  entityRefs: string[],
): Knex.QueryBuilder {
  const json = JSON.stringify(entityRefs);
  switch (dialectOf(db)) {
    case 'pg':
      return builder.whereRaw(
        '?? IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))',
        [column, json],
      );
    case 'mysql':
      return builder.whereRaw(
        "?? IN (SELECT jt.ref FROM JSON_TABLE(?, '$[*]' COLUMNS (ref VARCHAR(255) PATH '$')) AS jt)",
        [column, json],
      );
    default:
      return builder.whereRaw('?? IN (SELECT value FROM json_each(?))', [
        column,
        json,
      ]);
  }
}
