import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { localGitRequestHandler } from '@sre-maturity/backstage-plugin-node/testUtils';
import path from 'node:path';

/**
 * Serves the demo's sample repositories (`sampleRepositories.directory`,
 * folders `<owner>/<repo>/...`) at `/api/sample-repositories` the way Gitea
 * serves repositories, so that the SRE maturity plugin's repository
 * evidence works in the demo without network access: `integrations.gitea`
 * in app-config.yaml points at this route, and the sample entities'
 * `backstage.io/source-location` at their repositories under it.
 * Unauthenticated, like a public Gitea: for the demo only.
 */
export const sampleRepositoriesPlugin = createBackendPlugin({
  pluginId: 'sample-repositories',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        // Relative to the backend's working directory, like catalog files.
        const directory = path.resolve(
          config.getString('sampleRepositories.directory'),
        );
        httpRouter.use(localGitRequestHandler({ repositories: directory }));
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
