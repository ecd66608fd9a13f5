import { ConfigReader } from '@backstage/config';
import { readSyncConfig } from './readSyncConfig';

const read = (sync?: object) =>
  readSyncConfig(new ConfigReader(sync ? { sreMaturity: { sync } } : {}));

describe('readSyncConfig', () => {
  it('has defaults', () => {
    expect(read()).toEqual({
      frequency: { minutes: 30 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 1 },
      pageSize: 500,
    });
  });

  it('reads durations in every form the config supports', () => {
    expect(
      read({
        frequency: { hours: 2 },
        timeout: 'PT20M',
        initialDelay: '30s',
        pageSize: 100,
      }),
    ).toEqual({
      frequency: { hours: 2 },
      timeout: { minutes: 20 },
      initialDelay: { seconds: 30 },
      pageSize: 100,
    });
  });

  it('names the bad key', () => {
    expect(() => read({ pageSize: 0 })).toThrow('sreMaturity.sync.pageSize');
    expect(() => read({ pageSize: 2.5 })).toThrow('sreMaturity.sync.pageSize');
    expect(() => read({ timeout: 'soon' })).toThrow('sreMaturity.sync.timeout');
  });
});
