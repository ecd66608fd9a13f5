import { ConfigReader } from '@backstage/config';
import { DEFAULT_SYNC_SCHEDULE, readSyncConfig } from './readSyncConfig';

const read = (sync?: object) =>
  readSyncConfig(new ConfigReader(sync ? { sreMaturity: { sync } } : {}));

describe('readSyncConfig', () => {
  it('has defaults', () => {
    expect(read()).toEqual({ schedule: DEFAULT_SYNC_SCHEDULE, pageSize: 500 });
    expect(DEFAULT_SYNC_SCHEDULE).toEqual({
      frequency: { minutes: 3 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 10 },
      scope: 'global',
    });
  });

  it('reads the schedule with the scheduler, in every form it supports', () => {
    expect(
      read({
        schedule: {
          frequency: { hours: 2 },
          timeout: 'PT20M',
          initialDelay: '30s',
          scope: 'local',
        },
        pageSize: 100,
      }),
    ).toEqual({
      schedule: {
        frequency: { hours: 2 },
        timeout: { minutes: 20 },
        initialDelay: { seconds: 30 },
        scope: 'local',
      },
      pageSize: 100,
    });
    expect(
      read({ schedule: { frequency: { cron: '*/5 * * * *' }, timeout: '5m' } })
        .schedule,
    ).toEqual({
      frequency: { cron: '*/5 * * * *' },
      timeout: { minutes: 5 },
    });
    expect(
      read({ schedule: { frequency: { trigger: 'manual' }, timeout: '5m' } })
        .schedule.frequency,
    ).toEqual({ trigger: 'manual' });
  });

  it.each([
    [{ pageSize: 0 }, 'sreMaturity.sync.pageSize'],
    [{ pageSize: 2.5 }, 'sreMaturity.sync.pageSize'],
    [{ schedule: { frequency: 'often', timeout: '1m' } }, 'frequency'],
    [{ schedule: { frequency: '1m' } }, 'sreMaturity.sync.schedule.timeout'],
    [{ schedule: { frequency: '1m', timeout: '1m', scope: 'x' } }, 'scope'],
    [{ schedule: '1m' }, 'sreMaturity.sync.schedule'],
  ])('names the bad key of %j', (sync, key) => {
    expect(() => read(sync)).toThrow(`Invalid config at '`);
    expect(() => read(sync)).toThrow(key);
  });

  it.each(['frequency', 'timeout', 'initialDelay'])(
    'points from the old key %s to the schedule',
    key => {
      expect(() => read({ [key]: '10m' })).toThrow(
        `Invalid config at 'sreMaturity.sync.${key}': the sync's schedule is read from 'sreMaturity.sync.schedule'`,
      );
    },
  );
});
