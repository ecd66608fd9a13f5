import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_NOTIFICATIONS_SCHEDULE,
  readNotificationsConfig,
} from './readNotificationsConfig';
import { NOTICE_KINDS } from './notices';

const read = (notifications?: object) =>
  readNotificationsConfig(
    new ConfigReader(notifications ? { sreMaturity: { notifications } } : {}),
  );

describe('readNotificationsConfig', () => {
  it('sends every kind every 15 minutes by default', () => {
    expect(read()).toEqual({
      enabled: new Set(NOTICE_KINDS),
      schedule: DEFAULT_NOTIFICATIONS_SCHEDULE,
    });
  });

  it('switches kinds, or everything, off', () => {
    expect([
      ...read({ answersStale: false, phaseDropped: false }).enabled,
    ]).toEqual([
      'campaignStarted',
      'campaignBehind',
      'campaignDeadline',
      'notApplicableExpiry',
    ]);
    expect(read({ enabled: false, answersStale: true }).enabled.size).toBe(0);
  });

  it('reads a schedule', () => {
    expect(
      read({ schedule: { frequency: { minutes: 1 }, timeout: '1m' } }).schedule,
    ).toMatchObject({ frequency: { minutes: 1 } });
  });

  it('names the key of a bad value', () => {
    expect(() => read({ campaignBehind: 'weekly' })).toThrow(
      "Invalid config at 'sreMaturity.notifications.campaignBehind': expected true or false",
    );
    expect(() => read({ schedule: { frequency: 'often' } })).toThrow(
      /Invalid config at 'sreMaturity.notifications.schedule'/,
    );
  });
});
