import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { waitForCatalog } from '../../sync/waitForCatalog';
import { EvidenceRefresh } from './EvidenceRefresh';

export const EVIDENCE_REFRESH_TASK_ID = 'sre-maturity-evidence-refresh';

/**
 * Schedules the refresh of cached evidence providers, a global task unless
 * the schedule says otherwise: with several replicas on one database, one
 * replica reads at a time, so the rate limits hold for the whole backend.
 */
export async function scheduleEvidenceRefresh(options: {
  scheduler: SchedulerService;
  refresh: EvidenceRefresh;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
}) {
  const { scheduler, refresh, catalog, auth, logger, schedule } = options;
  await scheduler.scheduleTask({
    id: EVIDENCE_REFRESH_TASK_ID,
    ...schedule,
    scope: schedule.scope ?? 'global',
    fn: async signal => {
      await waitForCatalog({ catalog, auth, logger, signal });
      await refresh.run(signal);
    },
  });
}

/**
 * Asks the scheduler to run the refresh now, e.g. because the sync found
 * entities whose sources were never read: a new entity's repository is then
 * read within a sync period, not a refresh period. A run under way (the
 * scheduler's ConflictError, compared by name) reads them if it has not
 * passed them yet, else the next run does; other failures are only logged.
 */
export async function triggerEvidenceRefresh(
  scheduler: SchedulerService,
  logger: LoggerService,
): Promise<void> {
  try {
    await scheduler.triggerTask(EVIDENCE_REFRESH_TASK_ID);
  } catch (error) {
    if (!(isError(error) && error.name === 'ConflictError')) {
      logger.warn(`Could not start the evidence refresh: ${error}`);
    }
  }
}
