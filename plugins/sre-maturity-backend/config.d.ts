import { HumanDuration } from '@backstage/types';

export interface Config {
  sreMaturity?: {
    /**
     * The scheduled catalog sync, which refreshes the scorecard's cache of
     * catalog fields, evidence and scores. It runs on one replica at a time.
     */
    sync?: {
      /**
       * How often the sync runs: an object such as `{ minutes: 30 }`, an
       * ISO 8601 duration such as `PT30M`, or a string such as `30m`.
       * Defaults to 30 minutes.
       */
      frequency?: HumanDuration | string;
      /**
       * How long one run may take before it is aborted. Defaults to
       * 15 minutes.
       */
      timeout?: HumanDuration | string;
      /**
       * How long after startup the first run starts. Defaults to 1 minute.
       */
      initialDelay?: HumanDuration | string;
      /**
       * How many entities the sync reads from the catalog per request and
       * writes per database batch, 1 to 1000. Defaults to 500.
       */
      pageSize?: number;
    };
  };
}
