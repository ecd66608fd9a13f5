import { ServiceUnavailableError } from '@backstage/errors';
import { KnexTimeoutError } from 'knex';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  toServiceUnavailable,
} from './unavailable';

const withCode = (message: string, code: string) =>
  Object.assign(new Error(message), { code });

describe('toServiceUnavailable', () => {
  it.each([
    [
      'refused',
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    ],
    ['reset', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'no pool connection in time',
      new KnexTimeoutError('Knex: Timeout acquiring a connection.'),
    ],
    [
      'pg, connection closed during a query',
      new Error('select 1 - Connection terminated unexpectedly'),
    ],
    [
      'pg, broken connection reused',
      new Error(
        'Client has encountered a connection error and is not queryable',
      ),
    ],
    [
      'pg, statement_timeout',
      withCode('canceling statement due to statement timeout', '57014'),
    ],
    [
      'pg, server shutting down',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['pg, connection exception class', withCode('connection failure', '08006')],
    [
      'mysql2, connection lost',
      withCode(
        'Connection lost: The server closed the connection.',
        'PROTOCOL_CONNECTION_LOST',
      ),
    ],
    [
      'mysql2, closed connection reused',
      new Error("Can't add new command when connection is in closed state"),
    ],
    [
      'MySQL, max_execution_time',
      withCode('Query execution was interrupted', 'ER_QUERY_TIMEOUT'),
    ],
    [
      'every address of a host refused',
      new AggregateError(
        [withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')],
        '',
      ),
    ],
    [
      'a wrapped cause',
      new Error('sync failed', {
        cause: withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      }),
    ],
  ])('turns "%s" into a plain 503', (_, error) => {
    const result = toServiceUnavailable(error);
    expect(result).toBeInstanceOf(ServiceUnavailableError);
    expect(result?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(result?.cause).toBeUndefined();
  });

  it('keeps its own error as it is', () => {
    const own = new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE);
    expect(toServiceUnavailable(own)).toBe(own);
  });

  it.each([
    ['a bad statement', withCode('syntax error at or near "selec"', '42601')],
    ['a unique violation', withCode('duplicate key value', '23505')],
    ['a programming error', new TypeError('x is undefined')],
    [
      'another service unavailable',
      new ServiceUnavailableError('The catalog is not available'),
    ],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(toServiceUnavailable(error)).toBeUndefined();
  });
});
