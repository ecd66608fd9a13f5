import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  sreMaturity?: {
    /**
     * The scheduled catalog sync, which refreshes the scorecard's cache of
     * catalog fields, evidence and scores. It runs on one replica at a time.
     */
    sync?: {
      /**
       * When the sync runs, as any Backstage task schedule: `frequency`
       * (a duration such as `{ minutes: 3 }`, `PT3M` or `3m`, a `{ cron }`
       * expression, or `{ trigger: manual }` to run it only on `POST /sync`)
       * and `timeout` are required, `initialDelay` and `scope` (`global`,
       * one replica at a time, or `local`) optional. Defaults to every 3
       * minutes, the first run 10 seconds after startup, a timeout of 15
       * minutes, global.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How many entities the sync reads from the catalog per request and
       * writes per database batch, 1 to 1000. Defaults to 500.
       */
      pageSize?: number;
    };
  };
}
