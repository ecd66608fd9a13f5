import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  sreMaturityAssessmentUpdatePermission,
  sreMaturitySyncPermission,
} from '@sre-maturity/backstage-plugin-common';
import { SreMaturityOwnerPolicy } from './sreMaturityOwnerPolicy';

const alice = {
  credentials: mockCredentials.user('user:default/alice'),
  info: {
    userEntityRef: 'user:default/alice',
    ownershipEntityRefs: [],
  },
};

describe('SreMaturityOwnerPolicy', () => {
  const policy = new SreMaturityOwnerPolicy(async user => [
    user.info.userEntityRef,
    'group:default/team-payments',
  ]);

  it('limits assessment updates to the owners of the entity', async () => {
    await expect(
      policy.handle(
        { permission: sreMaturityAssessmentUpdatePermission },
        alice,
      ),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/alice', 'group:default/team-payments'],
        },
      },
    });
  });

  it('denies assessment updates without a user', async () => {
    await expect(
      policy.handle({ permission: sreMaturityAssessmentUpdatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('allows everything else', async () => {
    const other = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    for (const permission of [sreMaturitySyncPermission, other]) {
      await expect(policy.handle({ permission }, alice)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });
});
