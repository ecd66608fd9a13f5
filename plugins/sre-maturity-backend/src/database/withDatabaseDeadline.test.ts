import { mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { DATABASE_UNAVAILABLE_MESSAGE } from './unavailable';
import { withDatabaseDeadline } from './withDatabaseDeadline';

const never = new Promise<never>(() => {});
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
  });

class Queries {
  calls = 0;
  async hang(): Promise<number> {
    return never;
  }
  async refuse(): Promise<number> {
    throw refused();
  }
  async fail(): Promise<number> {
    throw new TypeError('a bug');
  }
  async answer(): Promise<number> {
    this.calls += 1;
    return this.calls;
  }
  async twice(): Promise<number> {
    await this.answer();
    return this.answer();
  }
  count(): number {
    return this.calls;
  }
  async *pages(hangAt: number): AsyncGenerator<number> {
    for (let page = 0; ; page++) {
      if (page === hangAt) {
        await never;
      }
      yield page;
    }
  }
}

class Store {
  readonly queries = new Queries();
  async hang() {
    return this.queries.hang();
  }
}

const unavailable = new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE);

describe('withDatabaseDeadline', () => {
  const logger = mockServices.logger.mock();
  const guarded = () =>
    withDatabaseDeadline(new Store(), { timeoutMs: 50, logger });

  it('answers 503 when the database does not answer in time', async () => {
    await expect(guarded().hang()).rejects.toEqual(unavailable);
    await expect(guarded().queries.hang()).rejects.toEqual(unavailable);
    expect(logger.warn).toHaveBeenCalledWith(
      'The database is not available: no answer within 50 ms',
    );
  });

  it('answers 503 when the database refuses, and logs why', async () => {
    await expect(guarded().queries.refuse()).rejects.toEqual(unavailable);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('ECONNREFUSED'),
    );
  });

  it('passes other errors and results on as they are', async () => {
    const store = guarded();
    await expect(store.queries.fail()).rejects.toThrow(TypeError);
    expect(await store.queries.answer()).toBe(1);
    // Calls of its own methods are part of the call.
    expect(await store.queries.twice()).toBe(3);
    expect(store.queries.count()).toBe(3);
    expect(store.queries).toBe(store.queries);
  });

  it('bounds each step of an iteration', async () => {
    const pages: number[] = [];
    const iterate = async () => {
      for await (const page of guarded().queries.pages(2)) {
        pages.push(page);
      }
    };
    await expect(iterate()).rejects.toEqual(unavailable);
    expect(pages).toEqual([0, 1]);
  });

  describe('while the database is away', () => {
    class Database {
      state: 'up' | 'refusing' | 'silent' = 'up';
      calls = 0;
      async query(): Promise<string> {
        this.calls += 1;
        if (this.state === 'refusing') {
          throw refused();
        }
        return this.state === 'up' ? 'rows' : never;
      }
    }

    it('calls it again at once when it refuses, and recovers with it', async () => {
      const database = new Database();
      const guardedDb = withDatabaseDeadline(database, {
        timeoutMs: 50,
        logger,
      });
      expect(await guardedDb.query()).toBe('rows');
      database.state = 'refusing';
      await expect(guardedDb.query()).rejects.toEqual(unavailable);
      await expect(guardedDb.query()).rejects.toEqual(unavailable);
      expect(database.calls).toBe(3);
      database.state = 'up';
      expect(await guardedDb.query()).toBe('rows');
      expect(database.calls).toBe(4);
    });

    it('lets one call at a time wait for an answer, and fails the others at once', async () => {
      const database = new Database();
      // Long enough that the calls below come within one deadline.
      const timeoutMs = 1000;
      const guardedDb = withDatabaseDeadline(database, { timeoutMs, logger });
      expect(await guardedDb.query()).toBe('rows');
      database.state = 'silent';
      await expect(guardedDb.query()).rejects.toEqual(unavailable);
      expect(database.calls).toBe(2);

      const probe = guardedDb.query();
      await expect(guardedDb.query()).rejects.toEqual(unavailable);
      database.state = 'up';
      await expect(guardedDb.query()).rejects.toEqual(unavailable);
      expect(database.calls).toBe(3);

      // The probe got no answer: the next call probes.
      await expect(probe).rejects.toEqual(unavailable);
      expect(await guardedDb.query()).toBe('rows');
      expect(await guardedDb.query()).toBe('rows');
      expect(database.calls).toBe(5);
    });
  });
});
