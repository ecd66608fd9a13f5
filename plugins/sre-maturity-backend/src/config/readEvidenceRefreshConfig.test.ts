import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_REFRESH_SCHEDULE,
  readEvidenceRefreshConfig,
} from './readEvidenceRefreshConfig';

const read = (refresh?: object) =>
  readEvidenceRefreshConfig(
    new ConfigReader(refresh ? { sreMaturity: { evidence: { refresh } } } : {}),
  );

describe('readEvidenceRefreshConfig', () => {
  it('has defaults', () => {
    expect(read()).toEqual({
      schedule: DEFAULT_REFRESH_SCHEDULE,
      concurrency: 4,
      requestsPerMinutePerHost: 30,
      refreshAfterMs: 24 * 60 * 60 * 1000,
    });
  });

  it('reads every key', () => {
    expect(
      read({
        schedule: { frequency: { minutes: 5 }, timeout: '10m' },
        concurrency: 8,
        requestsPerMinutePerHost: 0.5,
        refreshAfter: { hours: 6 },
      }),
    ).toEqual({
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 10 } },
      concurrency: 8,
      requestsPerMinutePerHost: 0.5,
      refreshAfterMs: 6 * 60 * 60 * 1000,
    });
    expect(read({ refreshAfter: 'PT2H' }).refreshAfterMs).toBe(
      2 * 60 * 60 * 1000,
    );
  });

  it('names the key of a bad value', () => {
    expect(() => read({ concurrency: 0 })).toThrow(
      "Invalid config at 'sreMaturity.evidence.refresh.concurrency': expected an integer above zero, got 0",
    );
    expect(() => read({ concurrency: 1.5 })).toThrow(
      'sreMaturity.evidence.refresh.concurrency',
    );
    expect(() => read({ requestsPerMinutePerHost: -1 })).toThrow(
      "Invalid config at 'sreMaturity.evidence.refresh.requestsPerMinutePerHost'",
    );
    expect(() => read({ refreshAfter: 'soon' })).toThrow(
      'sreMaturity.evidence.refresh.refreshAfter',
    );
    expect(() => read({ schedule: { frequency: { minutes: 5 } } })).toThrow(
      "Invalid config at 'sreMaturity.evidence.refresh.schedule'",
    );
  });
});
