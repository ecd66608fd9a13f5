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
 * Whether the database answers, as the last calls found. While it does not,
 * one call at a time goes to it as a probe, and the others fail at once:
 * they would only queue for connections and, once the database is back,
 * run for callers that have given up, ahead of new ones. A probe that does
 * not settle within the deadline lets the next call probe, so a connection
 * that never answers cannot keep the plugin down.
 */
class Availability {
  private down = false;
  /** While a probe is under way: until when it may take. */
  private probeUntil = 0;

  constructor(private readonly options: DatabaseDeadlineOptions) {}

  /** Whether a call may go to the database now. */
  admit(): boolean {
    if (!this.down) {
      return true;
    }
    const now = Date.now();
    if (now < this.probeUntil) {
      return false;
    }
    this.probeUntil = now + this.options.timeoutMs;
    return true;
  }

  /** A call got an answer from the database, an error or not. */
  answered() {
    if (this.down) {
      this.options.logger.info('The database answers again');
    }
    this.down = false;
    this.probeUntil = 0;
  }

  /** A call found the database unreachable, or got no answer in time. */
  failed(reason: string) {
    if (!this.down) {
      this.options.logger.warn(`The database is not available: ${reason}`);
    }
    this.down = true;
    this.probeUntil = 0;
  }
}

function unavailable() {
  return new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE);
}

/**
 * Settles as `start()` does, with errors that say the database is
 * unreachable turned into a `ServiceUnavailableError`, or rejects with one
 * after the deadline, or at once while the database is known to be away.
 * Work past its deadline is abandoned, not cancelled: a connection that
 * does not answer holds it until the connection fails or answers.
 */
function withinDeadline<T>(
  start: () => PromiseLike<T>,
  availability: Availability,
  { timeoutMs }: DatabaseDeadlineOptions,
): Promise<T> {
  if (!availability.admit()) {
    return Promise.reject(unavailable());
  }
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      availability.failed(`no answer within ${timeoutMs} ms`);
      reject(unavailable());
    }, timeoutMs);
    start().then(
      value => {
        clearTimeout(timer);
        availability.answered();
        resolve(value);
      },
      error => {
        clearTimeout(timer);
        const serviceUnavailable = toServiceUnavailable(error);
        if (serviceUnavailable) {
          availability.failed(String(error));
        } else {
          availability.answered();
        }
        reject(serviceUnavailable ?? error);
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

/**
 * `target` as seen by requests: each of its methods, and those of the
 * objects it holds, settles within `timeoutMs` (an async iterator's every
 * step does), and fails with a `ServiceUnavailableError` when the database
 * cannot be reached or does not answer in time. A request then answers 503
 * within the deadline, whether the database refuses connections or does not
 * answer at all (a dropped network), and requests recover as soon as it is
 * back.
 *
 * Background work (the sync, snapshots) uses the store itself: its batches
 * may take longer, and nobody waits for them.
 */
export function withDatabaseDeadline<T extends object>(
  target: T,
  options: DatabaseDeadlineOptions,
): T {
  const availability = new Availability(options);
  const deadline = <R>(start: () => PromiseLike<R>) =>
    withinDeadline(start, availability, options);
  const guardIterator = (
    iterator: AsyncIterator<unknown>,
  ): AsyncIterableIterator<unknown> => ({
    next: (...args) => deadline(() => iterator.next(...args)),
    return: async value =>
      iterator.return?.(value) ?? { done: true, value: undefined },
    [Symbol.asyncIterator]() {
      return this;
    },
  });

  // What each method returned when first called. A call of one that
  // returns a promise starts work on the database, so it is only made when
  // the database is known to answer, or as a probe.
  const returnsPromise = new WeakSet<Function>();
  const call = (method: Function, obj: object, args: unknown[]): unknown => {
    // With the object itself as `this`: its calls of its own methods are
    // part of this call, not calls of their own.
    if (returnsPromise.has(method)) {
      return deadline(() => method.apply(obj, args));
    }
    const result: unknown = method.apply(obj, args);
    if (isPromiseLike(result)) {
      returnsPromise.add(method);
      return deadline(() => result);
    }
    return isAsyncIterator(result) ? guardIterator(result) : result;
  };

  const guarded = new WeakMap<object, object>();
  const guard = <O extends object>(object: O): O => {
    let proxy = guarded.get(object) as O | undefined;
    if (!proxy) {
      proxy = new Proxy(object, {
        get(obj, key) {
          const value: unknown = Reflect.get(obj, key);
          if (typeof value === 'function') {
            return (...args: unknown[]) => call(value, obj, args);
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
