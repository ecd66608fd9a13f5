import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { HumanDuration } from '@backstage/types';

export interface SyncConfig {
  frequency: HumanDuration;
  timeout: HumanDuration;
  initialDelay: HumanDuration;
  pageSize: number;
}

const DEFAULTS: SyncConfig = {
  frequency: { minutes: 30 },
  timeout: { minutes: 15 },
  initialDelay: { minutes: 1 },
  pageSize: 500,
};

const MAX_PAGE_SIZE = 1000;

/** Reads `sreMaturity.sync`; a bad value fails with the key it is at. */
export function readSyncConfig(config: Config): SyncConfig {
  const duration = (key: 'frequency' | 'timeout' | 'initialDelay') => {
    const path = `sreMaturity.sync.${key}`;
    return config.has(path)
      ? readDurationFromConfig(config, { key: path })
      : DEFAULTS[key];
  };
  const pageSize =
    config.getOptionalNumber('sreMaturity.sync.pageSize') ?? DEFAULTS.pageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InputError(
      `Invalid config at 'sreMaturity.sync.pageSize': expected an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`,
    );
  }
  return {
    frequency: duration('frequency'),
    timeout: duration('timeout'),
    initialDelay: duration('initialDelay'),
    pageSize,
  };
}
