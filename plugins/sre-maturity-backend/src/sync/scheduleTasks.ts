import { SchedulerService } from '@backstage/backend-plugin-api';
import { SyncConfig } from '../config/readSyncConfig';
import { DatabaseSreMaturityStore } from '../database/DatabaseSreMaturityStore';
import { CatalogSync } from './CatalogSync';

export const CATALOG_SYNC_TASK_ID = 'sre-maturity-catalog-sync';
export const DAILY_SNAPSHOTS_TASK_ID = 'sre-maturity-daily-snapshots';

/**
 * Schedules the catalog sync and the daily snapshots. Both are global tasks:
 * with several replicas on one database, one replica runs each at a time.
 */
export async function scheduleTasks(options: {
  scheduler: SchedulerService;
  sync: CatalogSync;
  store: DatabaseSreMaturityStore;
  config: SyncConfig;
}) {
  const { scheduler, sync, store, config } = options;
  await scheduler.scheduleTask({
    id: CATALOG_SYNC_TASK_ID,
    scope: 'global',
    frequency: config.frequency,
    timeout: config.timeout,
    initialDelay: config.initialDelay,
    fn: async () => {
      await sync.run();
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
      await store.takeDailySnapshots(new Date());
    },
  });
}
