import { HumanDuration } from '@backstage/types';
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
    /** Evidence that providers read from other systems. */
    evidence?: {
      /**
       * The scheduled refresh of cached evidence providers (such as the
       * repository): the only time their sources are read, never on a page
       * view. What they read is stored in the database with when it was
       * read, and served from there.
       */
      refresh?: {
        /**
         * When the refresh runs, as any Backstage task schedule (see
         * `sync.schedule`). Each run reads only the sources that are new,
         * moved or older than `refreshAfter`. Defaults to every 10 minutes,
         * the first run 15 seconds after startup, a timeout of 1 hour,
         * global (one replica at a time).
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** How many sources are read at the same time. Defaults to 4. */
        concurrency?: number;
        /**
         * How many reads start per minute against one host (e.g.
         * `github.com`), at most, evenly spaced. Defaults to 30.
         */
        requestsPerMinutePerHost?: number;
        /**
         * How old a read may get before the source is read again: a
         * duration such as `{ hours: 24 }`, `PT24H` or `24h`. Defaults to
         * 24 hours.
         */
        refreshAfter?: HumanDuration | string;
      };
      /**
       * The built-in `repository` provider: reads the files named by the
       * model's `evidence.files` rules from each entity's source location
       * through the portal's `integrations`. Refreshed as above.
       */
      repository?: {
        /** Set to false to read no repositories. Defaults to true. */
        enabled?: boolean;
      };
    };
    /**
     * Notices to the owners of entities through Backstage's notifications
     * (the notifications backend must be installed), sent by a scheduled
     * task on one replica. Each kind is on unless set to false.
     */
    notifications?: {
      /** false sends no notices at all. */
      enabled?: boolean;
      /** A campaign that covers the team's entities has started. */
      campaignStarted?: boolean;
      /** Weekly digest while the team is behind a campaign's burn-up line. */
      campaignBehind?: boolean;
      /** 14 and 3 days before a campaign's deadline, to teams not done. */
      campaignDeadline?: boolean;
      /** An entity's answers turned stale. */
      answersStale?: boolean;
      /** A not-applicable answer expires within 14 days, or has expired. */
      notApplicableExpiry?: boolean;
      /** An entity's overall phase dropped since the last daily snapshot. */
      phaseDropped?: boolean;
      /**
       * When the task runs, as any Backstage task schedule. Defaults to every
       * 15 minutes, the first run a minute after startup, global.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * Campaigns kept as code, read-only in the portal. An invalid one stops
     * the backend at startup, naming the key.
     */
    campaigns?: Array<{
      /** Stable id: lowercase letters and digits in words joined by `-`. */
      id: string;
      title: string;
      description?: string;
      /**
       * The entities covered, among those on the scorecard; each list given
       * must contain the entity's value. Kinds, types, lifecycles and tiers
       * are compared whatever their case.
       */
      filter?: {
        kinds?: string[];
        types?: string[];
        lifecycles?: string[];
        /** Values of the `sre-maturity.io/tier` annotation. */
        tiers?: string[];
        tags?: string[];
        /** Owner entity refs; `payments` means `group:default/payments`. */
        owners?: string[];
        /** Whether `owners` takes in their sub-groups at any depth. */
        includeSubgroups?: boolean;
        systems?: string[];
      };
      /** What a covered entity must reach; at least one of these. */
      target: {
        /** `crawl`, `walk` or `run` in every area. */
        overall?: 'crawl' | 'walk' | 'run';
        /** A phase per area id, overriding `overall` for that area. */
        areas?: { [areaId: string]: 'crawl' | 'walk' | 'run' };
        /** Criterion ids to be met or not applicable. */
        criteria?: string[];
      };
      /** The first day, YYYY-MM-DD. */
      startsOn: string;
      /** The last day, YYYY-MM-DD, on or after `startsOn`. */
      deadline: string;
      /** Entity refs of the people or groups who run the campaign. */
      managers?: string[];
    }>;
    /** How the plugin waits for its database (`backend.database`). */
    database?: {
      /**
       * How long one call of a request may wait for the database before the
       * request answers 503: a duration such as `{ seconds: 3 }`, `PT3S`
       * or `3s`. Defaults to 3 seconds.
       */
      timeout?: HumanDuration | string;
    };
  };
}
