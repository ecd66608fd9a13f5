import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { readSchedule } from './readSchedule';

export interface EvidenceRefreshConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Sources read at the same time. */
  concurrency: number;
  /** Reads started per minute against one host, at most. */
  requestsPerMinutePerHost: number;
  /** How old a read may get before the refresh reads the source again. */
  refreshAfterMs: number;
}

const KEY = 'sreMaturity.evidence.refresh';

/**
 * Each run reads the catalog page by page (as the sync does) and only the
 * sources that are new, moved, or older than `refreshAfter`, so a run with
 * nothing due is cheap; every 10 minutes a new entity's repository is read
 * within about 10 minutes. What a run read is stored as it goes, so a run
 * cut short by its timeout loses nothing and the next one goes on.
 */
export const DEFAULT_REFRESH_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 10 },
    timeout: { hours: 1 },
    initialDelay: { seconds: 15 },
    scope: 'global',
  };

const DEFAULTS = {
  concurrency: 4,
  requestsPerMinutePerHost: 30,
  refreshAfterMs: 24 * 60 * 60 * 1000,
};

function readPositive(
  config: Config,
  name: string,
  fallback: number,
  integer: boolean,
): number {
  const key = `${KEY}.${name}`;
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!(value > 0) || (integer && !Number.isInteger(value))) {
    throw new InputError(
      `Invalid config at '${key}': expected ${
        integer ? 'an integer' : 'a number'
      } above zero, got ${value}`,
    );
  }
  return value;
}

function readRefreshAfter(config: Config): number {
  const key = `${KEY}.refreshAfter`;
  if (!config.has(key)) {
    return DEFAULTS.refreshAfterMs;
  }
  const ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
  if (!(ms > 0)) {
    throw new InputError(
      `Invalid config at '${key}': expected a duration above zero`,
    );
  }
  return ms;
}

/**
 * Reads `sreMaturity.evidence.refresh`: when cached evidence providers (such
 * as the repository) are read, how many sources at once and how fast per
 * host. A bad value fails with its key.
 */
export function readEvidenceRefreshConfig(
  config: Config,
): EvidenceRefreshConfig {
  return {
    schedule: readSchedule(config, `${KEY}.schedule`, DEFAULT_REFRESH_SCHEDULE),
    concurrency: readPositive(
      config,
      'concurrency',
      DEFAULTS.concurrency,
      true,
    ),
    requestsPerMinutePerHost: readPositive(
      config,
      'requestsPerMinutePerHost',
      DEFAULTS.requestsPerMinutePerHost,
      false,
    ),
    refreshAfterMs: readRefreshAfter(config),
  };
}
