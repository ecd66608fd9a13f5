import { ConfigReader } from '@backstage/config';
import { readDatabaseTimeout } from './readDatabaseTimeout';

const read = (timeout?: unknown) =>
  readDatabaseTimeout(
    new ConfigReader(
      timeout === undefined ? {} : { sreMaturity: { database: { timeout } } },
    ),
  );

describe('readDatabaseTimeout', () => {
  it('defaults to 3 seconds', () => {
    expect(read()).toBe(3000);
  });

  it.each([
    [{ seconds: 2 }, 2000],
    ['PT1.5S', 1500],
    ['500ms', 500],
  ])('reads %p', (timeout, ms) => {
    expect(read(timeout)).toBe(ms);
  });

  it.each([[{ seconds: 0 }], ['soon']])(
    'refuses %p, naming the key',
    timeout => {
      expect(() => read(timeout)).toThrow("'sreMaturity.database.timeout'");
    },
  );
});
