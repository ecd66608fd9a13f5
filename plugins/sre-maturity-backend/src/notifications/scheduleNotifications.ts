import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Notifier } from './Notifier';

export const NOTIFICATIONS_TASK_ID = 'sre-maturity-notifications';

/**
 * Schedules the notices, a global task unless the schedule says otherwise:
 * one replica sends at a time, and the sent-notice table keeps a second
 * run (or a retry) from sending a notice again.
 */
export async function scheduleNotifications(options: {
  scheduler: SchedulerService;
  notifier: Notifier;
  schedule: SchedulerServiceTaskScheduleDefinition;
}) {
  const { scheduler, notifier, schedule } = options;
  await scheduler.scheduleTask({
    id: NOTIFICATIONS_TASK_ID,
    ...schedule,
    scope: schedule.scope ?? 'global',
    fn: async () => {
      await notifier.run(new Date());
    },
  });
}
