import { ServiceUnavailableError } from '@backstage/errors';

/** What a caller is told while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The SRE maturity database is not available; try again shortly';

/**
 * Error codes that say the database could not be reached or did not answer
 * in time, rather than that a statement was wrong: the operating system's
 * (Node's `code`), mysql2's, PostgreSQL's SQLSTATEs and SQLite's.
 */
const UNAVAILABLE_CODES = new Set([
  // Network
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
  // mysql2 (MySQL, MariaDB)
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_TIMEOUT', // max_execution_time (MySQL)
  'ER_STATEMENT_TIMEOUT', // max_statement_time (MariaDB)
  // PostgreSQL: too many connections, query canceled (statement_timeout),
  // shut down, crashed, starting up
  '53300',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  // SQLite: another process holds the file for longer than the busy timeout
  'SQLITE_BUSY',
]);

/** Messages of drivers that give such errors no code. */
const UNAVAILABLE_MESSAGES = [
  // pg: a connection closed, timed out, or broken earlier
  'Connection terminated',
  'Query read timeout',
  'is not queryable',
  // mysql2
  "Can't add new command when connection is in closed state",
];

interface DriverError {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) {
    return false;
  }
  const { name, code, message, cause, errors } = error as DriverError;
  if (
    // Knex: no connection from the pool in time, or a query timeout
    name === 'KnexTimeoutError' ||
    (typeof code === 'string' &&
      (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) || // PostgreSQL: connection exception
    (typeof message === 'string' &&
      UNAVAILABLE_MESSAGES.some(text => message.includes(text)))
  ) {
    return true;
  }
  // Node gives an AggregateError when every address of a host failed.
  return (
    isUnavailable(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some(e => isUnavailable(e, depth + 1)))
  );
}

/**
 * The error to answer with when `error` says that the database could not be
 * reached or did not answer in time: a 503 with a plain message, without the
 * driver's details (addresses, SQL), which are for the log. Undefined for
 * any other error.
 */
export function toServiceUnavailable(
  error: unknown,
): ServiceUnavailableError | undefined {
  if (
    error instanceof ServiceUnavailableError &&
    error.message === DATABASE_UNAVAILABLE_MESSAGE
  ) {
    return error;
  }
  return isUnavailable(error)
    ? new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE)
    : undefined;
}
