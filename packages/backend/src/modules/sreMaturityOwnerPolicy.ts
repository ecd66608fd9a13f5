import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { sreMaturityAssessmentUpdatePermission } from '@sre-maturity/backstage-plugin-common';

/**
 * An example policy: only an entity's owners may record its SRE maturity
 * assessment; everything else is allowed.
 *
 * The decision is conditional on the entity, so the catalog evaluates it
 * against the entity's `spec.owner` and the user's ownership refs (the user
 * itself and its groups).
 */
export class SreMaturityOwnerPolicy implements PermissionPolicy {
  constructor(
    private readonly ownershipRefsOf: (
      user: PolicyQueryUser,
    ) => Promise<string[]>,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isPermission(request.permission, sreMaturityAssessmentUpdatePermission)
    ) {
      if (!user) {
        return { result: AuthorizeResult.DENY };
      }
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({
          claims: await this.ownershipRefsOf(user),
        }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
