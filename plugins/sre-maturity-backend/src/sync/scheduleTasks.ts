import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SnapshotStore } from '../database/SnapshotStore';
import { CatalogSync } from './CatalogSync';
import { waitForCatalog } from './waitForCatalog';

export const CATALOG_SYNC_TASK_ID = 'sre-maturity-catalog-sync';
export const DAILY_SNAPSHOTS_TASK_ID = 'sre-maturity-daily-snapshots';

/**
 * Schedules the catalog sync and the daily snapshots. Both are global tasks
 * unless the sync's schedule says otherwise: with several replicas on one
 * database, one replica runs each at a time.
 */
export async function scheduleTasks(options: {
  scheduler: SchedulerService;
  sync: CatalogSync;
  snapshotStore: SnapshotStore;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Called after a sync that found sources of cached providers not read yet. */
  onPendingSources?: () => Promise<void>;
}) {
  const { scheduler, sync, snapshotStore, catalog, auth, logger, schedule } =
    options;
  await scheduler.scheduleTask({
    id: CATALOG_SYNC_TASK_ID,
    ...schedule,
    scope: schedule.scope ?? 'global',
    fn: async signal => {
      await waitForCatalog({ catalog, auth, logger, signal });
      const { pendingSources } = await sync.run(signal);
      if (pendingSources > 0) {
        await options.onPendingSources?.();
      }
    },
  });
  // Hourly, so that a day missed while the backend was down is caught up
  // within the hour; each run only adds the snapshots still missing today,
  // including those of entities the sync added since the last run.
  await scheduler.scheduleTask({
    id: DAILY_SNAPSHOTS_TASK_ID,
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      await snapshotStore.takeDailySnapshots(new Date());
    },
  });
}
