import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { assertError, InputError } from '@backstage/errors';
import { NOTICE_KINDS, NoticeKind } from './notices';

const KEY = 'sreMaturity.notifications';

/**
 * Every 15 minutes, on one replica: a notice goes out within a quarter of
 * an hour of becoming due; a run sends only what was not sent before.
 */
export const DEFAULT_NOTIFICATIONS_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 15 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    scope: 'global',
  };

export interface NotificationsConfig {
  /** The kinds to send; empty when notifications are off. */
  enabled: Set<NoticeKind>;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Reads `sreMaturity.notifications`: `enabled` (default true) and one
 * switch per kind (default true), and the task's `schedule`; a bad value
 * fails with the key it is at.
 */
export function readNotificationsConfig(config: Config): NotificationsConfig {
  const flag = (name: string) => {
    const key = `${KEY}.${name}`;
    try {
      return config.getOptionalBoolean(key) ?? true;
    } catch {
      throw new InputError(
        `Invalid config at '${key}': expected true or false`,
      );
    }
  };
  const enabled = flag('enabled')
    ? new Set(NOTICE_KINDS.filter(kind => flag(kind)))
    : new Set<NoticeKind>();

  const scheduleKey = `${KEY}.schedule`;
  let schedule = DEFAULT_NOTIFICATIONS_SCHEDULE;
  if (config.has(scheduleKey)) {
    try {
      schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(scheduleKey),
      );
    } catch (error) {
      assertError(error);
      throw new InputError(
        `Invalid config at '${scheduleKey}': ${error.message}`,
      );
    }
  }
  return { enabled, schedule };
}
