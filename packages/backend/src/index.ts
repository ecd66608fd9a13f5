import { createBackend } from '@backstage/backend-defaults';
import { sampleRepositoriesPlugin } from './sampleRepositories/sampleRepositoriesPlugin';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Guest sign-in for local development; see app-config.production.yaml.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@backstage/plugin-user-settings-backend'));

// The bell: SRE maturity's notices to the members of owning teams, pushed
// to open pages through signals.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@sre-maturity/backstage-plugin-backend'));
// The sample entities' repositories, served offline for repository evidence.
backend.add(sampleRepositoriesPlugin);
// Serves the actions of the plugins in backend.actions.pluginSources to AI
// assistants over MCP.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// A plugin that fails to start (e.g. its migrations) must end the process,
// not leave it answering liveness probes without the plugin.
backend.start().catch(error => {
  console.error(error);
  process.exit(1);
});
