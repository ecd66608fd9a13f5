import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  toServiceUnavailable,
} from './unavailable';

export interface DatabaseDeadlineOptions {
  /** How long one call may wait for the database. */
  timeoutMs: number;
  logger: LoggerService;
}

/**
 * Settles as `work` does, with errors that say the database is unreachable
 * turned into a `ServiceUnavailableError`, or rejects with one after
 * `timeoutMs`. The work is abandoned then, not cancelled: a connection that
 * does not answer holds it until the connection fails or comes back.
 */
function withinDeadline<T>(
  work: PromiseLike<T>,
  { timeoutMs, logger }: DatabaseDeadlineOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      logger.warn(`The database did not answer within ${timeoutMs} ms`);
      reject(new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE));
    }, timeoutMs);
    work.then(
      value => {
        clearTimeout(timer);
        resolve(value);
      },
      error => {
        clearTimeout(timer);
        const unavailable = toServiceUnavailable(error);
        if (unavailable) {
          logger.warn(`The database is not available: ${error}`);
        }
        reject(unavailable ?? error);
      },
    );
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown>)?.then === 'function';
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return (
    typeof (value as AsyncIterator<unknown>)?.next === 'function' &&
    Symbol.asyncIterator in (value as object)
  );
}

/** Each step of `iterator` within the deadline. */
function guardIterator(
  iterator: AsyncIterator<unknown>,
  options: DatabaseDeadlineOptions,
): AsyncIterableIterator<unknown> {
  return {
    next: (...args) => withinDeadline(iterator.next(...args), options),
    return: async value =>
      iterator.return?.(value) ?? { done: true, value: undefined },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * `target` as seen by requests: each of its methods, and those of the
 * objects it holds, settles within `timeoutMs` (an async iterator's every
 * step does), and fails with a `ServiceUnavailableError` when the database
 * cannot be reached or does not answer in time. A request then answers 503
 * within the deadline, whether the database refuses connections or does not
 * answer at all (a dropped network), and the next call tries the database
 * afresh, so requests recover as soon as it is back.
 *
 * Background work (the sync, snapshots) uses the store itself: its batches
 * may take longer, and nobody waits for them.
 */
export function withDatabaseDeadline<T extends object>(
  target: T,
  options: DatabaseDeadlineOptions,
): T {
  const guarded = new WeakMap<object, object>();
  const guard = <O extends object>(object: O): O => {
    let proxy = guarded.get(object) as O | undefined;
    if (!proxy) {
      proxy = new Proxy(object, {
        get(obj, key) {
          const value: unknown = Reflect.get(obj, key);
          if (typeof value === 'function') {
            return (...args: unknown[]) => {
              // With the object itself as `this`: its calls of its own
              // methods are part of this call, not calls of their own.
              const result: unknown = value.apply(obj, args);
              if (isPromiseLike(result)) {
                return withinDeadline(result, options);
              }
              return isAsyncIterator(result)
                ? guardIterator(result, options)
                : result;
            };
          }
          return value && typeof value === 'object' ? guard(value) : value;
        },
      });
      guarded.set(object, proxy);
    }
    return proxy;
  };
  return guard(target);
}
