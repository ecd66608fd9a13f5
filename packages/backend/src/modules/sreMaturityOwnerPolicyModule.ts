import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { SreMaturityOwnerPolicy } from './sreMaturityOwnerPolicy';

/**
 * Installs {@link SreMaturityOwnerPolicy} as the permission policy. Use it
 * instead of the allow-all policy module in `src/index.ts`.
 */
export const sreMaturityOwnerPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'sre-maturity-owner-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(
          new SreMaturityOwnerPolicy(
            async user =>
              (await userInfo.getUserInfo(user.credentials))
                .ownershipEntityRefs,
          ),
        );
      },
    });
  },
});
