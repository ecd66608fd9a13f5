import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';
import {
  createLocalGitServer,
  LocalGitServer,
} from '@sre-maturity/backstage-plugin-node/testUtils';
import { createRepositoryEvidenceProvider } from '../src/evidence/repository/repositoryEvidenceProvider';
import { Random } from '../src/__testUtils__/random';

// Repositories for the entities of the generated catalog, served by a local
// Gitea-compatible server and read by the real repository provider through
// the real URL readers, so that what the repository proves is measured, not
// assumed. Which files a repository holds is drawn with the shares below:
// rough figures for a company's internal repositories (most have CI; a
// minority keep runbooks, alert rules or SLOs next to the code), to be
// replaced with your own when you know them.

const SOURCE_LOCATION = 'backstage.io/source-location';

/** Of the entities, how many are registered from a repository at all. */
const IN_A_REPOSITORY = 0.85;
/** Of those, how many name a repository that was moved or deleted (404). */
const GONE = 0.03;

type Profile = 'running' | 'library' | 'other';

/**
 * Of the repositories of running services, of libraries and of other
 * entities, the share that holds a file.
 */
type Shares = [running: number, library: number, other: number];

const SHARE_OF: Record<Profile, 0 | 1 | 2> = {
  running: 0,
  library: 1,
  other: 2,
};

const manifest = (apiVersion: string, kind: string, spec = '{}') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: app\nspec: ${spec}\n`;

const GITHUB_CI =
  'name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n';
const GITLAB_CI = 'stages: [test]\ntest:\n  script: make test\n';
const JENKINSFILE =
  "pipeline { agent any; stages { stage('Test') { steps { sh 'make test' } } } }\n";
const DEPENDABOT =
  'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n';
const RENOVATE = '{ "extends": ["config:recommended"] }\n';
const CODEQL =
  'name: CodeQL\non: push\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n';
const SONAR = 'sonar.projectKey=acme_app\n';
const RELEASE_SCRIPT = '#!/bin/sh\nset -e\nmake build && make publish\n';
const MAKEFILE = 'test:\n\tgo test ./...\nrelease:\n\tgoreleaser release\n';
const ARGOCD_APP = manifest('argoproj.io/v1alpha1', 'Application');
const SERVICE_MONITOR = manifest('monitoring.coreos.com/v1', 'ServiceMonitor');
const ALERT_RULES = manifest('monitoring.coreos.com/v1', 'PrometheusRule');
const DASHBOARD = '{ "title": "Overview", "panels": [] }\n';
const SLO =
  'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: availability\nspec:\n  objectives:\n    - target: 0.999\n';
const RUNBOOK = '# High error rate\n\n1. Check the latest deployment.\n';
const POSTMORTEM = '# Outage of 2 March\n\n## Timeline\n';
const CANARY = manifest(
  'argoproj.io/v1alpha1',
  'Rollout',
  '{ strategy: { canary: { steps: [{ setWeight: 20 }] } } }',
);
const CHAOS = manifest('litmuschaos.io/v1alpha1', 'ChaosEngine');

/** The files a repository may hold: path, content, shares. */
const FILES: Array<[path: string, content: string, shares: Shares]> = [
  ['.github/workflows/ci.yml', GITHUB_CI, [0.65, 0.75, 0.4]],
  ['.gitlab-ci.yml', GITLAB_CI, [0.1, 0.08, 0.05]],
  ['Jenkinsfile', JENKINSFILE, [0.08, 0.05, 0.03]],
  ['.github/dependabot.yml', DEPENDABOT, [0.3, 0.35, 0.15]],
  ['renovate.json', RENOVATE, [0.12, 0.15, 0.05]],
  ['.github/workflows/codeql.yml', CODEQL, [0.12, 0.15, 0.03]],
  ['sonar-project.properties', SONAR, [0.1, 0.1, 0.02]],
  ['scripts/release.sh', RELEASE_SCRIPT, [0.1, 0.1, 0.02]],
  ['Makefile', MAKEFILE, [0.12, 0.15, 0.03]],
  ['deploy/argocd-application.yaml', ARGOCD_APP, [0.15, 0, 0.03]],
  ['deploy/servicemonitor.yaml', SERVICE_MONITOR, [0.15, 0, 0.02]],
  ['deploy/prometheus-rules.yaml', ALERT_RULES, [0.12, 0, 0.02]],
  ['dashboards/overview.json', DASHBOARD, [0.08, 0, 0.01]],
  ['slo/availability.yaml', SLO, [0.05, 0, 0]],
  ['docs/runbooks/high-error-rate.md', RUNBOOK, [0.12, 0, 0.02]],
  ['docs/postmortems/2026-03-02-outage.md', POSTMORTEM, [0.03, 0, 0]],
  ['deploy/rollout.yaml', CANARY, [0.04, 0, 0]],
  ['chaos/pod-delete.yaml', CHAOS, [0.02, 0, 0]],
];

const RUNNING_TYPES = new Set(['service', 'website']);

/** Which files an entity's repository is likely to hold, by what it is. */
function profileOf(entity: Entity): Profile {
  const type = String(entity.spec?.type ?? '').toLocaleLowerCase('en-US');
  if (entity.kind === 'Component' && type === 'library') {
    return 'library';
  }
  if (
    entity.kind === 'Component' &&
    (RUNNING_TYPES.has(type) || /service/.test(type))
  ) {
    return 'running';
  }
  return 'other';
}

/** The generated repositories, their server and a provider reading them. */
export interface BenchRepositories {
  /** The entities, those in a repository with their source location. */
  entities: Entity[];
  /** How many entities name a repository, and how many of those are gone. */
  named: number;
  gone: number;
  provider: EvidenceProvider;
  stop(): Promise<void>;
}

/**
 * Writes a repository for most of `entities` (see the shares above) into a
 * temporary directory, serves them, and gives the entities with
 * `backstage.io/source-location` pointing at theirs.
 */
export async function serveBenchRepositories(
  entities: Entity[],
  seed = 23,
): Promise<BenchRepositories> {
  const random = new Random(seed);
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-repos-'));
  let server: LocalGitServer | undefined;
  try {
    server = await createLocalGitServer({ repositories: directory });
    let named = 0;
    let gone = 0;
    const located: Entity[] = [];
    for (const [index, entity] of entities.entries()) {
      if (!random.chance(IN_A_REPOSITORY)) {
        located.push(entity);
        continue;
      }
      named += 1;
      const repo = `repo-${index}`;
      if (random.chance(GONE)) {
        gone += 1;
      } else {
        const profile = profileOf(entity);
        await writeFile(directory, repo, 'README.md', `# ${repo}\n`);
        for (const [filePath, content, shares] of FILES) {
          if (random.chance(shares[SHARE_OF[profile]])) {
            await writeFile(directory, repo, filePath, content);
          }
        }
      }
      located.push({
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            [SOURCE_LOCATION]: `url:${server.urlOf('acme', repo)}`,
          },
        },
      });
    }

    const config = new ConfigReader({
      integrations: { gitea: [{ host: server.host, baseUrl: server.baseUrl }] },
    });
    const provider = createRepositoryEvidenceProvider({
      urlReader: UrlReaders.default({
        config,
        logger: mockServices.rootLogger({ level: 'warn' }),
      }),
      integrations: ScmIntegrations.fromConfig(config),
    });
    const running = server;
    return {
      entities: located,
      named,
      gone,
      provider,
      stop: async () => {
        await running.stop();
        await fs.rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    await fs.rm(directory, { recursive: true, force: true });
    throw error;
  }
}

async function writeFile(
  directory: string,
  repo: string,
  filePath: string,
  content: string,
) {
  const target = path.join(directory, 'acme', repo, filePath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, content);
}
