import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';

const KEY = 'sreMaturity.database.timeout';

/**
 * A request answers 503 within about this long when the database is gone.
 * Every store call a request makes takes tens of milliseconds at 50,000
 * entities, a few hundred under heavy load: this leaves room for those.
 */
const DEFAULT_TIMEOUT_MS = 3000;

/**
 * Reads `sreMaturity.database.timeout`, in milliseconds: how long one call
 * of a request may wait for the database. A bad value fails with the key.
 */
export function readDatabaseTimeout(config: Config): number {
  if (!config.has(KEY)) {
    return DEFAULT_TIMEOUT_MS;
  }
  const timeoutMs = durationToMilliseconds(
    readDurationFromConfig(config, { key: KEY }),
  );
  if (!(timeoutMs > 0)) {
    throw new InputError(
      `Invalid config at '${KEY}': expected a duration above zero`,
    );
  }
  return timeoutMs;
}
