import {
  BackendFeature,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import {
  sreMaturityCampaignManagePermission,
  sreMaturitySyncPermission,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { sreMaturityPlugin } from '../plugin';
import { testConfig } from './fixtures';

export interface AuditRecord {
  eventId: string;
  meta?: JsonObject;
  outcome: 'pending' | 'success' | 'fail';
  error?: Error;
}

/** What the permission policy decides; tests change it as they go. */
export interface TestDecisions {
  /**
   * `owner` decides as the example owner-only policy does: users may update
   * the entities they own.
   */
  update: AuthorizeResult.ALLOW | AuthorizeResult.DENY | 'owner';
  sync: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  campaign: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  read: PolicyDecision;
}

/** Whether catalog request options carry a user's credentials. */
function isUser(options: unknown) {
  const credentials = (options as { credentials?: BackstageCredentials })
    ?.credentials;
  return (credentials?.principal as { type?: string })?.type === 'user';
}

/**
 * Starts a backend with the plugin on the given database, a mock catalog
 * whose `hidden` entities only the plugin's own service credentials can
 * read, a permission policy driven by `decisions`, and a recording auditor.
 */
export async function startSreMaturityBackend(options: {
  knex: Knex;
  entities: Entity[];
  hidden?: string[];
  config?: JsonObject;
  features?: BackendFeature[];
}) {
  const hidden = new Set(options.hidden ?? []);
  const visible = (entity: Entity | undefined, requestOptions: unknown) =>
    entity &&
    !(isUser(requestOptions) && hidden.has(stringifyEntityRef(entity)))
      ? entity
      : undefined;
  const inner = catalogServiceMock({ entities: options.entities });
  const catalog = catalogServiceMock.mock({
    getEntityByRef: async (ref, o) =>
      visible(await inner.getEntityByRef(ref), o),
    getEntities: async (request, o) => {
      const { items } = await inner.getEntities(request);
      return { items: items.filter(entity => visible(entity, o)) };
    },
    queryEntities: async (request, o) => {
      const page = await inner.queryEntities(request);
      return {
        ...page,
        items: page.items.filter(entity => visible(entity, o)),
      };
    },
  });

  const decisions: TestDecisions = {
    update: AuthorizeResult.ALLOW,
    sync: AuthorizeResult.ALLOW,
    campaign: AuthorizeResult.ALLOW,
    read: { result: AuthorizeResult.ALLOW },
  };
  const basicDecisions: Record<
    string,
    () => AuthorizeResult.ALLOW | AuthorizeResult.DENY
  > = {
    [sreMaturitySyncPermission.name]: () => decisions.sync,
    [sreMaturityCampaignManagePermission.name]: () => decisions.campaign,
  };
  const ownerOf = new Map(
    options.entities.map(entity => [
      stringifyEntityRef(entity),
      entity.spec?.owner &&
        stringifyEntityRef(
          parseEntityRef(String(entity.spec.owner), { defaultKind: 'group' }),
        ),
    ]),
  );
  const updateDecision = (
    request: { resourceRef?: string },
    credentials: BackstageCredentials,
  ) => {
    if (decisions.update !== 'owner') {
      return decisions.update;
    }
    const user = (credentials.principal as { userEntityRef?: string })
      .userEntityRef;
    return user && ownerOf.get(request.resourceRef ?? '') === user
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY;
  };
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      requests.map(request => ({
        result:
          basicDecisions[request.permission.name]?.() ??
          updateDecision(request, credentials),
      })),
    authorizeConditional: async requests => requests.map(() => decisions.read),
  });

  const auditEvents: AuditRecord[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, meta }) => {
      const record: AuditRecord = { eventId, meta, outcome: 'pending' };
      auditEvents.push(record);
      return {
        success: async () => {
          record.outcome = 'success';
        },
        fail: async ({ error }) => {
          record.outcome = 'fail';
          record.error = error;
        },
      };
    },
  });

  const backend = await startTestBackend({
    features: [
      sreMaturityPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: options.config ?? testConfig }),
      catalog.factory,
      permissions.factory,
      auditor.factory,
      ...(options.features ?? []),
    ],
  });
  return {
    server: backend.server,
    decisions,
    auditEvents,
    catalog,
    permissions,
  };
}
