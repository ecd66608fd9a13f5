import { Knex } from 'knex';
import { Dialect, dialectOf } from './dialect';

/** What one statement may carry on a database. */
export interface StatementLimits {
  /** Rows of one multi-row insert. */
  maxRows: number;
  /** Bound values of one statement. */
  maxBinds: number;
  /** Estimated bytes of the values of one statement (see `valueBytes`). */
  maxBytes: number;
}

/**
 * Per dialect:
 * - SQLite: knex writes a multi-row insert as `insert ... select ... union
 *   all select ...`, and SQLite allows 500 terms in a compound SELECT and
 *   32,766 bound values (SQLITE_MAX_VARIABLE_NUMBER) per statement.
 * - PostgreSQL: 65,535 bound values (a 16-bit count in the wire protocol).
 * - MySQL and MariaDB: the statement must fit in `max_allowed_packet`, whose
 *   smallest default among the supported versions is 4 MiB (MySQL 5.7;
 *   MariaDB 10.2+ has 16 MiB, MySQL 8 64 MiB); 3 MiB of values leaves room
 *   for the rest of the statement. Server-side prepared statements take
 *   65,535 placeholders.
 */
const LIMITS: Record<Dialect, StatementLimits> = {
  sqlite: { maxRows: 500, maxBinds: 32_766, maxBytes: Infinity },
  pg: { maxRows: Infinity, maxBinds: 65_535, maxBytes: Infinity },
  mysql: { maxRows: 10_000, maxBinds: 65_535, maxBytes: 3 * 1024 * 1024 },
};

/**
 * Values per `IN (...)` list: far below every limit, and what one statement
 * (and, where a list is written in a transaction of its own, one
 * transaction) handles comfortably.
 */
const MAX_LIST_VALUES = 5000;

/** Bound values left for the rest of a statement that carries a list. */
const LIST_STATEMENT_BINDS = 100;

export function statementLimits(db: Knex): StatementLimits {
  return LIMITS[dialectOf(db)];
}

/**
 * An upper bound of the bytes a value takes in a statement's text, as the
 * MySQL driver writes it: each character of a string escaped at worst, in
 * quotes; numbers, dates and the like in at most 32 characters.
 */
function valueBytes(value: unknown): number {
  if (typeof value === 'string') {
    return 2 * Buffer.byteLength(value, 'utf8') + 3;
  }
  if (Buffer.isBuffer(value)) {
    return 2 * value.length + 3;
  }
  return 32;
}

function rowBytes(row: object): number {
  let bytes = 4;
  for (const value of Object.values(row)) {
    bytes += valueBytes(value);
  }
  return bytes;
}

/**
 * Splits `items` in order into batches of at most `maxItems`, each within
 * `maxBytes` by `bytesOf` (an item larger than that goes alone).
 */
function split<T>(
  items: readonly T[],
  maxItems: number,
  maxBytes: number,
  bytesOf: (item: T) => number,
): T[][] {
  const size = Math.max(1, Math.floor(maxItems));
  if (maxBytes === Infinity) {
    const batches: T[][] = [];
    for (let i = 0; i < items.length; i += size) {
      batches.push(items.slice(i, i + size));
    }
    return batches;
  }
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = bytesOf(item);
    if (
      batch.length &&
      (batch.length >= size || bytes + itemBytes > maxBytes)
    ) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += itemBytes;
  }
  if (batch.length) {
    batches.push(batch);
  }
  return batches;
}

/**
 * Splits rows into the batches that one multi-row insert each may carry on
 * this database: every write of many rows goes through here.
 */
export function insertBatches<T extends object>(
  db: Knex,
  rows: readonly T[],
): T[][] {
  if (!rows.length) {
    return [];
  }
  const { maxRows, maxBinds, maxBytes } = statementLimits(db);
  const columns = new Set(rows.flatMap(row => Object.keys(row))).size;
  return split(
    rows,
    Math.min(maxRows, maxBinds / Math.max(1, columns)),
    maxBytes,
    rowBytes,
  );
}

/**
 * Splits values into the lists that one `whereIn` each may carry on this
 * database, leaving room for a few more bound values in the statement.
 */
export function listBatches<T extends string | number>(
  db: Knex,
  values: readonly T[],
): T[][] {
  const { maxBinds, maxBytes } = statementLimits(db);
  return split(
    values,
    Math.min(MAX_LIST_VALUES, maxBinds - LIST_STATEMENT_BINDS),
    maxBytes,
    valueBytes,
  );
}

/**
 * Splits values into the lists that one statement each may carry as a
 * single JSON parameter (see `jsonStrings`): no bound-value limit applies,
 * only the statement's size.
 */
export function jsonListBatches(
  db: Knex,
  values: readonly string[],
): string[][] {
  return split(
    values,
    Infinity,
    statementLimits(db).maxBytes,
    // As an element of the JSON array, with its comma, escaped at worst.
    value => 2 * (Buffer.byteLength(JSON.stringify(value), 'utf8') + 1),
  );
}
