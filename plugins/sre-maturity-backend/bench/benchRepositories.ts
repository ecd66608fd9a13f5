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

interface RepositoryFile {
  path: string;
  content: string;
  shares: Record<Profile, number>;
}

const manifest = (apiVersion: string, kind: string, spec = '{}') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: app\nspec: ${spec}\n`;

const FILES: RepositoryFile[] = [
  {
    path: '.github/workflows/ci.yml',
    content:
      'name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
    shares: { running: 0.65, library: 0.75, other: 0.4 },
  },
  {
    path: '.gitlab-ci.yml',
    content: 'stages: [test]\ntest:\n  script: make test\n',
    shares: { running: 0.1, library: 0.08, other: 0.05 },
  },
  {
    path: 'Jenkinsfile',
    content:
      "pipeline { agent any; stages { stage('Test') { steps { sh 'make test' } } } }\n",
    shares: { running: 0.08, library: 0.05, other: 0.03 },
  },
  {
    path: '.github/dependabot.yml',
    content:
      'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n',
    shares: { running: 0.3, library: 0.35, other: 0.15 },
  },
  {
    path: 'renovate.json',
    content: '{ "extends": ["config:recommended"] }\n',
    shares: { running: 0.12, library: 0.15, other: 0.05 },
  },
  {
    path: '.github/workflows/codeql.yml',
    content:
      'name: CodeQL\non: push\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n',
    shares: { running: 0.12, library: 0.15, other: 0.03 },
  },
  {
    path: 'sonar-project.properties',
    content: 'sonar.projectKey=acme_app\n',
    shares: { running: 0.1, library: 0.1, other: 0.02 },
  },
  {
    path: 'scripts/release.sh',
    content: '#!/bin/sh\nset -e\nmake build && make publish\n',
    shares: { running: 0.1, library: 0.1, other: 0.02 },
  },
  {
    path: 'Makefile',
    content: 'test:\n\tgo test ./...\nrelease:\n\tgoreleaser release\n',
    shares: { running: 0.12, library: 0.15, other: 0.03 },
  },
  {
    path: 'deploy/argocd-application.yaml',
    content: manifest('argoproj.io/v1alpha1', 'Application'),
    shares: { running: 0.15, library: 0, other: 0.03 },
  },
  {
    path: 'deploy/servicemonitor.yaml',
    content: manifest('monitoring.coreos.com/v1', 'ServiceMonitor'),
    shares: { running: 0.15, library: 0, other: 0.02 },
  },
  {
    path: 'deploy/prometheus-rules.yaml',
    content: manifest('monitoring.coreos.com/v1', 'PrometheusRule'),
    shares: { running: 0.12, library: 0, other: 0.02 },
  },
  {
    path: 'dashboards/overview.json',
    content: '{ "title": "Overview", "panels": [] }\n',
    shares: { running: 0.08, library: 0, other: 0.01 },
  },
  {
    path: 'slo/availability.yaml',
    content:
      'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: availability\nspec:\n  objectives:\n    - target: 0.999\n',
    shares: { running: 0.05, library: 0, other: 0 },
  },
  {
    path: 'docs/runbooks/high-error-rate.md',
    content: '# High error rate\n\n1. Check the latest deployment.\n',
    shares: { running: 0.12, library: 0, other: 0.02 },
  },
  {
    path: 'docs/postmortems/2026-03-02-outage.md',
    content: '# Outage of 2 March\n\n## Timeline\n',
    shares: { running: 0.03, library: 0, other: 0 },
  },
  {
    path: 'deploy/rollout.yaml',
    content: manifest(
      'argoproj.io/v1alpha1',
      'Rollout',
      '{ strategy: { canary: { steps: [{ setWeight: 20 }] } } }',
    ),
    shares: { running: 0.04, library: 0, other: 0 },
  },
  {
    path: 'chaos/pod-delete.yaml',
    content: manifest('litmuschaos.io/v1alpha1', 'ChaosEngine'),
    shares: { running: 0.02, library: 0, other: 0 },
  },
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
        for (const file of FILES) {
          if (random.chance(file.shares[profile])) {
            await writeFile(directory, repo, file.path, file.content);
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
