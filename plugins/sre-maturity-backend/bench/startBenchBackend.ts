import { AddressInfo } from 'node:net';
import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { conditionalCatalogRead } from '../src/__testUtils__/decisions';
import { sreMaturityPlugin } from '../src/plugin';
import { BenchCatalog } from './BenchCatalog';

/** The catalog read decision; the benchmark switches it between phases. */
export interface ReadDecision {
  current: PolicyDecision;
}

/** A conditional catalog read decision, as an ownership policy returns. */
export const CONDITIONAL_READ = conditionalCatalogRead(['group:default/bench']);

function permissionsFactory(read: ReadDecision) {
  const service: PermissionsService = {
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async requests => requests.map(() => read.current),
  };
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => service,
  });
}

/**
 * The real plugin in a test backend on the given database, with the bench
 * catalog and a permission policy that allows everything but lets the
 * benchmark choose the catalog read decision. Requests without credentials
 * are the mock user.
 */
export async function startBenchBackend(options: {
  knex: Knex;
  catalog: BenchCatalog;
}) {
  const read: ReadDecision = { current: { result: AuthorizeResult.ALLOW } };
  const backend = await startTestBackend({
    features: [
      sreMaturityPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: {} }),
      mockServices.rootLogger.factory({ level: 'warn' }),
      options.catalog.factory(),
      permissionsFactory(read),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/sre-maturity`,
    read,
    stop: () => backend.stop(),
  };
}
