import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import request from 'supertest';
import { sampleRepositoriesPlugin } from './sampleRepositoriesPlugin';

describe('sampleRepositoriesPlugin', () => {
  const repositories = createMockDirectory({
    content: {
      'acme/payments-api/runbooks/outage.md': '# Outage\n',
    },
  });

  it('serves the sample repositories to the Gitea URL reader, without sign-in', async () => {
    const { server } = await startTestBackend({
      features: [
        sampleRepositoriesPlugin,
        mockServices.rootConfig.factory({
          data: { sampleRepositories: { directory: repositories.path } },
        }),
      ],
    });
    const address = server.address();
    const port =
      typeof address === 'object' && address !== null ? address.port : 0;
    const baseUrl = `http://localhost:${port}/api/sample-repositories`;

    const reader = UrlReaders.default({
      config: new ConfigReader({
        integrations: { gitea: [{ host: `localhost:${port}`, baseUrl }] },
      }),
      logger: mockServices.logger.mock(),
    });
    const tree = await reader.readTree(
      `${baseUrl}/acme/payments-api/src/branch/main/`,
    );
    const files = await tree.files();
    expect(files.map(file => file.path)).toEqual(['runbooks/outage.md']);

    const page = await request(server).get(
      '/api/sample-repositories/acme/payments-api/src/branch/main/runbooks/outage.md',
    );
    expect(page.status).toBe(200);
    expect(page.text).toBe('# Outage\n');
  });
});
