import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { assertError, InputError } from '@backstage/errors';

/**
 * Reads a task schedule at `key` (frequency, timeout, initialDelay, scope),
 * or `fallback` when the key is absent; a bad value fails with the key.
 */
export function readSchedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  if (!config.has(key)) {
    return fallback;
  }
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(
      config.getConfig(key),
    );
  } catch (error) {
    // The scheduler's reader names keys relative to the schedule, or none.
    assertError(error);
    throw new InputError(`Invalid config at '${key}': ${error.message}`);
  }
}
