import { SchedulerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { CATALOG_SYNC_TASK_ID } from './scheduleTasks';

/** What asking for a sync did: started one, or found one running. */
export type SyncTriggerStatus = 'started' | 'alreadyRunning';

/**
 * Asks the scheduler to run the scheduled sync now, on whichever replica
 * claims it, rather than running a second sync beside it. The scheduler
 * refuses with a ConflictError while a run is under way (compared by name:
 * the scheduler may bring its own copy of `@backstage/errors`).
 */
export async function triggerCatalogSync(
  scheduler: SchedulerService,
): Promise<SyncTriggerStatus> {
  try {
    await scheduler.triggerTask(CATALOG_SYNC_TASK_ID);
    return 'started';
  } catch (error) {
    if (isError(error) && error.name === 'ConflictError') {
      return 'alreadyRunning';
    }
    throw error;
  }
}
