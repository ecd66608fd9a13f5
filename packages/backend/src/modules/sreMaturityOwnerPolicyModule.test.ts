import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuthService,
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  sreMaturityAssessmentUpdatePermission,
  sreMaturitySyncPermission,
} from '@sre-maturity/backstage-plugin-common';
import request from 'supertest';
import { sreMaturityOwnerPolicyModule } from './sreMaturityOwnerPolicyModule';

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
        'backstage.io/managed-by-origin-location':
          'url:https://example.com/x.yaml',
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

// Feeds two components straight into the real catalog.
const testEntities = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-entities',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'test-entities',
          connect: async (connection: EntityProviderConnection) => {
            await connection.applyMutation({
              type: 'full',
              entities: [
                component('payments', 'user:default/alice'),
                component('search', 'user:default/bob'),
              ].map(entity => ({ entity, locationKey: 'test-entities' })),
            });
          },
        });
      },
    });
  },
});

// The real auth service gives the permission backend a token that acts for
// the user, which the catalog requires before it applies conditions; the
// mock one does not, so add the acting plugin here.
const authActingForUsers = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    return Object.assign(Object.create(auth), {
      async getPluginRequestToken(
        options: Parameters<AuthService['getPluginRequestToken']>[0],
      ) {
        if (auth.isPrincipal(options.onBehalfOf, 'user')) {
          return {
            token: mockCredentials.user.token(
              options.onBehalfOf.principal.userEntityRef,
              { actor: { subject: `plugin:${plugin.getId()}` } },
            ),
          };
        }
        return auth.getPluginRequestToken(options);
      },
    });
  },
});

describe('sreMaturityOwnerPolicyModule', () => {
  it('lets only owners update an assessment, through the real catalog', async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        testEntities,
        permissionPlugin,
        sreMaturityOwnerPolicyModule,
        mockServices.userInfo.factory(),
        authActingForUsers,
      ],
    });
    const alice = mockCredentials.user.header('user:default/alice');

    // The catalog processes provided entities asynchronously.
    await waitFor(async () => {
      const res = await request(server)
        .get('/api/catalog/entities/by-name/component/default/search')
        .set('Authorization', alice);
      return res.status === 200;
    });

    const response = await request(server)
      .post('/api/permission/authorize')
      .set('Authorization', alice)
      .send({
        items: [
          {
            id: 'own',
            permission: sreMaturityAssessmentUpdatePermission,
            resourceRef: 'component:default/payments',
          },
          {
            id: 'other',
            permission: sreMaturityAssessmentUpdatePermission,
            resourceRef: 'component:default/search',
          },
          { id: 'sync', permission: sreMaturitySyncPermission },
        ],
      });

    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { id: 'own', result: AuthorizeResult.ALLOW },
      { id: 'other', result: AuthorizeResult.DENY },
      { id: 'sync', result: AuthorizeResult.ALLOW },
    ]);
  }, 60_000);
});

async function waitFor(check: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error('The catalog never processed the test entities');
}
