import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readSreMaturityConfig } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { readSyncConfig } from '../src/config/readSyncConfig';
import { memoryCache } from '../src/__testUtils__/stores';
import { createDatabaseStores } from '../src/database/createDatabaseStores';
import { CatalogGroups } from '../src/evidence/CatalogGroups';
import { createCatalogEvidenceProvider } from '../src/evidence/catalogEvidenceProvider';
import { EvidenceCollector } from '../src/evidence/EvidenceCollector';
import { CatalogSync } from '../src/sync/CatalogSync';
import { BenchCatalog } from './BenchCatalog';

/** The default configuration: the shipped model, kinds and page size. */
const config = new ConfigReader({});
export const benchSettings = readSreMaturityConfig(config);

/**
 * The plugin's catalog sync on the bench's database (migrated if it is not
 * yet) and catalog, as a default installation configures it; the benchmark
 * calls it as the scheduled task does.
 */
export async function createBenchSync(options: {
  knex: Knex;
  catalog: BenchCatalog;
}): Promise<CatalogSync> {
  const { model, staleAfterDays, excludeKinds } = benchSettings;
  const logger = mockServices.rootLogger({ level: 'warn' });
  const stores = await createDatabaseStores({
    database: mockServices.database({ knex: options.knex }),
    cache: memoryCache(),
  });
  const catalog = options.catalog as unknown as CatalogService;
  const auth = mockServices.auth();
  return new CatalogSync({
    catalog,
    auth,
    assessmentStore: stores.assessments,
    entityStore: stores.entities,
    groupTree: stores.groups,
    scorecard: stores.scorecard,
    // As the plugin's: records the sync writes are those requests compute.
    evidence: new EvidenceCollector(
      [
        createCatalogEvidenceProvider({
          groups: new CatalogGroups({ catalog, auth }),
          logger,
        }),
      ],
      stores.evidenceCache,
      logger,
    ),
    model,
    staleAfterDays,
    excludeKinds: new Set(
      excludeKinds.map(kind => kind.toLocaleLowerCase('en-US')),
    ),
    pageSize: readSyncConfig(config).pageSize,
    logger,
  });
}
