import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readSchedule } from './readSchedule';

export interface SyncConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  pageSize: number;
}

/**
 * A catalog change reaches the scorecard by the end of the run after it: at
 * most one period, one run and the scheduler's 5 s poll. A run with nothing
 * changed took 26 s at 50,000 entities (1 s at 2,000) on two busy cores
 * (docs/performance.md), so every 3 minutes shows a change within about
 * 3.5 minutes, inside the 5 wanted even if a run took twice as long; such a
 * run costs the replica that runs it ~17 s of CPU, under a tenth of one core.
 * The first run starts 10 s after startup, once the backend's other plugins
 * (the catalog among them) have started; if the catalog does not answer yet,
 * the run waits for it (see waitForCatalog).
 */
export const DEFAULT_SYNC_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 3 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 10 },
  scope: 'global',
};

const SYNC_KEY = 'sreMaturity.sync';
const DEFAULT_PAGE_SIZE = 500;
const MAX_PAGE_SIZE = 1000;
/** Keys of the schedule before it moved under `schedule`. */
const MOVED_KEYS = ['frequency', 'timeout', 'initialDelay'];

function readSyncSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const movedKey = MOVED_KEYS.find(key => config.has(`${SYNC_KEY}.${key}`));
  if (movedKey) {
    throw new InputError(
      `Invalid config at '${SYNC_KEY}.${movedKey}': the sync's schedule is read from '${SYNC_KEY}.schedule' (frequency, timeout, initialDelay, scope)`,
    );
  }
  return readSchedule(config, `${SYNC_KEY}.schedule`, DEFAULT_SYNC_SCHEDULE);
}

/** Reads `sreMaturity.sync`; a bad value fails with the key it is at. */
export function readSyncConfig(config: Config): SyncConfig {
  const pageSize =
    config.getOptionalNumber(`${SYNC_KEY}.pageSize`) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InputError(
      `Invalid config at '${SYNC_KEY}.pageSize': expected an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`,
    );
  }
  return { schedule: readSyncSchedule(config), pageSize };
}
