import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { defaultModel } from '@sre-maturity/backstage-plugin-common';
import {
  createLocalGitServer,
  LocalGitServer,
} from '@sre-maturity/backstage-plugin-node/testUtils';
import { createRepositoryEvidenceProvider } from './repositoryEvidenceProvider';

// Real-shaped repositories, served by a local Gitea-compatible server and
// read through the real UrlReaderService, as in a portal.
const PAYMENTS_API = {
  '.github/workflows/ci.yml': `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
`,
  '.github/dependabot.yml': `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
`,
  'runbooks/card-declines.md':
    '# Card declines spike\n\n1. Check the PSP status page.\n',
  'runbooks/README.md': '# Runbooks of payments-api\n',
  'slo/availability.yaml': `apiVersion: openslo/v1
kind: SLO
metadata:
  name: payments-api-availability
spec:
  service: payments-api
  objectives:
    - target: 0.999
`,
  'deploy/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
`,
  'src/index.ts': 'export {};\n',
};

const CHECKOUT_MONOREPO = {
  '.github/workflows/release.yml': 'on: push\n',
  'services/checkout/Jenkinsfile':
    "pipeline { agent any; stages { stage('Build') { steps { sh 'make' } } } }\n",
  'services/checkout/catalog-info.yaml': 'kind: Component\n',
  'services/checkout/deploy/rollout.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: checkout
spec:
  strategy:
    canary:
      steps:
        - setWeight: 20
`,
  'services/cart/runbooks/cart.md': '# Cart\n',
};

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'e', annotations },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

describe('createRepositoryEvidenceProvider', () => {
  const repositories = createMockDirectory();
  let server: LocalGitServer;
  let provider: ReturnType<typeof createRepositoryEvidenceProvider>;

  beforeAll(async () => {
    repositories.setContent({
      'acme/payments-api': PAYMENTS_API,
      'acme/shop': CHECKOUT_MONOREPO,
    });
    server = await createLocalGitServer({ repositories: repositories.path });
    const config = new ConfigReader({
      integrations: {
        gitea: [{ host: server.host, baseUrl: server.baseUrl }],
      },
    });
    provider = createRepositoryEvidenceProvider({
      urlReader: UrlReaders.default({
        config,
        logger: mockServices.logger.mock(),
      }),
      integrations: ScmIntegrations.fromConfig(config),
    });
  });

  afterAll(() => server.stop());

  async function evidenceOf(e: Entity) {
    const source = provider.cached!.sourceOf(e);
    return provider.getEvidence({ entity: e, model: defaultModel, source });
  }

  it('finds the CI pipeline, Dependabot, runbooks and SLO file of a repository, each linked', async () => {
    const url = server.urlOf('acme', 'payments-api');
    const evidence = await evidenceOf(
      entity({ 'backstage.io/source-location': `url:${url}` }),
    );
    const link = (path: string) => server.urlOf('acme', 'payments-api', path);
    expect(evidence).toEqual(
      expect.arrayContaining([
        {
          criterionId: 'releasing.walk.robust-ci-cd',
          provider: 'repository',
          key: '.github/workflows/ci.yml',
          value: 'GitHub Actions workflow',
          url: link('.github/workflows/ci.yml'),
        },
        {
          criterionId: 'security.crawl.ad-hoc-security-assessments',
          provider: 'repository',
          key: '.github/dependabot.yml',
          value: 'Dependabot configuration',
          url: link('.github/dependabot.yml'),
        },
        {
          criterionId: 'on-call.walk.runbooks',
          provider: 'repository',
          key: 'runbooks/README.md',
          value: 'Runbook',
          url: link('runbooks/README.md'),
        },
        {
          criterionId: 'on-call.walk.runbooks',
          provider: 'repository',
          key: 'runbooks/card-declines.md',
          value: 'Runbook',
          url: link('runbooks/card-declines.md'),
        },
        {
          criterionId: 'observability.crawl.first-slo',
          provider: 'repository',
          key: 'slo/availability.yaml',
          value: 'OpenSLO definition',
          url: link('slo/availability.yaml'),
        },
      ]),
    );
    // A plain Deployment is no canary, and the links resolve to the files.
    expect(evidence).toHaveLength(5);
    const file = await fetch(link('slo/availability.yaml'));
    expect(await file.text()).toBe(PAYMENTS_API['slo/availability.yaml']);
  });

  it("reads only the entity's folder of a monorepo", async () => {
    const url = server.urlOf('acme', 'shop', 'services/checkout/');
    const evidence = await evidenceOf(
      entity({ 'backstage.io/source-location': `url:${url}` }),
    );
    expect(
      evidence.map(({ criterionId, key, value }) => [criterionId, key, value]),
    ).toEqual([
      ['releasing.walk.robust-ci-cd', 'Jenkinsfile', 'Jenkins pipeline'],
      ['releasing.run.canary-releases', 'deploy/rollout.yaml', 'Argo Rollout'],
    ]);
    expect(evidence[1].url).toBe(
      server.urlOf('acme', 'shop', 'services/checkout/deploy/rollout.yaml'),
    );
  });

  it("reads the folder of the entity's catalog file without a source location", async () => {
    const catalogFile = server.urlOf(
      'acme',
      'shop',
      'services/checkout/catalog-info.yaml',
    );
    const e = entity({
      'backstage.io/managed-by-location': `url:${catalogFile}`,
    });
    expect(provider.cached!.sourceOf(e)).toEqual({
      url: server.urlOf('acme', 'shop', 'services/checkout/'),
    });
    expect(await evidenceOf(e)).toHaveLength(2);
  });

  it('throws when the repository cannot be read, so that it shows as could not read', async () => {
    const url = server.urlOf('acme', 'gone');
    await expect(
      evidenceOf(entity({ 'backstage.io/source-location': `url:${url}` })),
    ).rejects.toThrow(
      new NotFoundError(
        'Repository or branch not found (404), or the integration for its host cannot see it',
      ),
    );
  });

  it.each([
    ['no location', {}],
    [
      'file locations',
      {
        'backstage.io/source-location': 'file:/srv/catalog/',
        'backstage.io/managed-by-location': 'file:/srv/catalog/a.yaml',
      },
    ],
    [
      'a location that is no URL',
      { 'backstage.io/source-location': 'url:nope' },
    ],
  ])('has no source for an entity with %s', (_case, annotations) => {
    expect(provider.cached!.sourceOf(entity(annotations))).toBeUndefined();
  });

  it('names the criteria with file rules as those a failed read affects', () => {
    const criteria = provider.cached!.criteriaOf(defaultModel);
    expect(criteria).toContain('on-call.walk.runbooks');
    expect(criteria).toContain('releasing.walk.robust-ci-cd');
    expect(criteria).not.toContain('on-call.crawl.on-call-schedule');
  });
});
