import { setTimeout as sleep } from 'node:timers/promises';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Waits between attempts: seconds at first, for a catalog that is still
 * starting in the same backend, then at most 30 s, so that a catalog back
 * from an outage is read within half a minute.
 */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Resolves once the catalog answers a one-entity query, asking again after
 * each error until `signal` aborts (the sync task's timeout or shutdown).
 * The sync runs it first, so that a catalog that is not ready yet (at
 * startup, or in an outage) delays a run by seconds instead of failing it,
 * which would leave the scorecard as it is for a whole period.
 */
export async function waitForCatalog(options: {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  signal: AbortSignal;
}): Promise<void> {
  const { catalog, auth, logger, signal } = options;
  for (let attempt = 0; ; attempt++) {
    signal.throwIfAborted();
    try {
      await catalog.queryEntities(
        { limit: 1, fields: ['kind'] },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      return;
    } catch (error) {
      const delayMs =
        RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
      logger.warn(
        `Catalog sync: the catalog did not answer (${error}); asking again in ${
          delayMs / 1000
        } s`,
      );
      await sleep(delayMs, undefined, { signal });
    }
  }
}
