import { Entity } from '@backstage/catalog-model';
import { Random } from '../src/__testUtils__/random';

// A catalog shaped like a large organisation's: groups and users (which the
// scorecard leaves out), domains, systems, and components, APIs and
// resources spread unevenly over ~200 owning teams and ~300 systems, with the
// annotations and links that the default model's evidence rules look for.

export interface BenchCatalogData {
  entities: Entity[];
  owners: string[];
  systems: string[];
  tags: string[];
}

/** The kinds the scorecard shows with the default `excludeKinds`. */
export const SCORED_KINDS = new Set(['Component', 'API', 'Resource', 'System']);

const OWNER_COUNT = 200;
/** Sub-teams per team: 200 teams make a tree 5 levels deep (1, 4, 16, 64, 115). */
export const TEAM_TREE_BRANCHING = 4;
const SYSTEM_COUNT = 300;
const DOMAIN_COUNT = 20;
const USER_COUNT = 1500;

const TAGS = [
  'java',
  'kotlin',
  'go',
  'python',
  'typescript',
  'node',
  'react',
  'rust',
  'scala',
  'ruby',
  'kafka',
  'postgres',
  'mysql',
  'redis',
  'elasticsearch',
  'grpc',
  'graphql',
  'rest',
  'batch',
  'streaming',
  'pci',
  'gdpr',
  'sox',
  'hipaa',
  'tier-1',
  'tier-2',
  'tier-3',
  'customer-facing',
  'internal',
  'legacy',
  'k8s',
  'lambda',
  'ml',
  'etl',
  'payments',
  'search',
  'checkout',
  'identity',
  'analytics',
  'mobile',
];

const WORDS = [
  'payments',
  'ledger',
  'orders',
  'checkout',
  'catalog',
  'search',
  'pricing',
  'inventory',
  'shipping',
  'billing',
  'identity',
  'auth',
  'profile',
  'notifications',
  'email',
  'reports',
  'analytics',
  'recommendations',
  'fraud',
  'risk',
  'gateway',
  'router',
  'scheduler',
  'importer',
  'exporter',
  'sync',
  'cache',
  'indexer',
  'media',
  'uploads',
];

const SUFFIXES = ['api', 'service', 'worker', 'web', 'ui', 'job', 'db', 'lib'];

/** Annotation, probability; the values are what real plugins put there. */
const EVIDENCE_ANNOTATIONS: Array<[string, number, (name: string) => string]> =
  [
    ['github.com/project-slug', 0.9, n => `acme/${n}`],
    ['pagerduty.com/service-id', 0.4, n => `P${n.length}${n.slice(0, 5)}`],
    ['prometheus.io/rule', 0.3, n => `up{job="${n}"}`],
    ['grafana/dashboard-selector', 0.35, n => `tags @> '${n}'`],
    ['sentry.io/project-slug', 0.3, n => n],
    ['argocd/app-name', 0.4, n => n],
    ['sonarqube.org/project-key', 0.25, n => `acme:${n}`],
    ['backstage.io/techdocs-ref', 0.5, () => 'dir:.'],
    ['sre-maturity.io/slo', 0.1, n => `https://slo.acme.internal/${n}`],
    [
      'sre-maturity.io/runbook',
      0.1,
      n => `https://runbooks.acme.internal/${n}`,
    ],
    [
      'sre-maturity.io/escalation',
      0.08,
      n => `https://wiki.acme.internal/escalation/${n}`,
    ],
    [
      'sre-maturity.io/postmortems',
      0.06,
      n => `https://wiki.acme.internal/postmortems/${n}`,
    ],
  ];

const TYPES: Record<string, Record<string, number>> = {
  Component: { service: 60, website: 15, library: 20, job: 5 },
  API: { openapi: 80, grpc: 15, asyncapi: 5 },
  Resource: { database: 50, 'kafka-topic': 30, bucket: 20 },
};

const AREA_IDS = [
  'observability',
  'on-call',
  'releasing',
  'failures',
  'security',
];

function metadataOf(
  kind: string,
  name: string,
  namespace = 'default',
): Entity['metadata'] {
  const location = `url:https://github.com/acme/${name}/blob/main/catalog-info.yaml`;
  return {
    name,
    namespace,
    uid: `${kind}-${namespace}-${name}`,
    annotations: {
      'backstage.io/managed-by-location': location,
      'backstage.io/managed-by-origin-location': location,
    },
  };
}

/** Deterministic catalog of `total` entities. */
export function generateCatalog(total: number, seed = 42): BenchCatalogData {
  const random = new Random(seed);
  const entities: Entity[] = [];
  const pad = (n: number) => String(n).padStart(3, '0');
  const owners = Array.from(
    { length: OWNER_COUNT },
    (_, i) => `group:default/team-${pad(i)}`,
  );
  const systems = Array.from(
    { length: SYSTEM_COUNT },
    (_, i) => `system:default/system-${pad(i)}`,
  );
  // Half of the teams own much more than the other half.
  const ownerIndex = () =>
    random.chance(0.5)
      ? random.skewedIndex(OWNER_COUNT)
      : random.int(OWNER_COUNT);

  for (let i = 0; i < OWNER_COUNT && entities.length < total; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: metadataOf('group', `team-${pad(i)}`),
      spec: {
        type: 'team',
        children: [],
        ...(i > 0 && {
          parent: `team-${pad(Math.floor((i - 1) / TEAM_TREE_BRANCHING))}`,
        }),
      },
    });
  }
  for (let i = 0; i < USER_COUNT && entities.length < total; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: metadataOf('user', `user-${i}`),
      spec: { memberOf: [owners[ownerIndex()]] },
    });
  }
  for (let i = 0; i < DOMAIN_COUNT && entities.length < total; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: metadataOf('domain', `domain-${i}`),
      spec: { owner: owners[i] },
    });
  }
  const systemOwners = systems.map(() => owners[ownerIndex()]);
  for (let i = 0; i < SYSTEM_COUNT && entities.length < total; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        ...metadataOf('system', `system-${pad(i)}`),
        title: `System ${random.pick(WORDS)} ${i}`,
      },
      spec: { owner: systemOwners[i], domain: `domain-${i % DOMAIN_COUNT}` },
    });
  }

  for (let i = 0; entities.length < total; i++) {
    const kind = random.weighted({ Component: 85, API: 9, Resource: 6 });
    const name = `${random.pick(WORDS)}-${random.pick(SUFFIXES)}-${i}`;
    const namespace = random.chance(0.05) ? 'platform' : 'default';
    const metadata = metadataOf(
      kind.toLocaleLowerCase('en-US'),
      name,
      namespace,
    );
    const annotations = metadata.annotations!;
    for (const [key, probability, value] of EVIDENCE_ANNOTATIONS) {
      if (random.chance(probability)) {
        annotations[key] = value(name);
      }
    }
    if (random.chance(0.25)) {
      annotations['sre-maturity.io/target-phase'] = random.weighted({
        crawl: 3,
        walk: 5,
        run: 2,
      });
    }
    if (random.chance(0.05)) {
      annotations[`sre-maturity.io/target-phase.${random.pick(AREA_IDS)}`] =
        random.pick(['walk', 'run']);
    }
    if (random.chance(0.01)) {
      annotations['sre-maturity.io/exempt'] = 'Decommissioned, shut down soon';
    }
    const links: Array<{ url: string; type?: string; title?: string }> = [];
    if (random.chance(0.3)) {
      links.push({
        url: `https://runbooks.acme.internal/${name}`,
        type: 'runbook',
        title: 'Runbook',
      });
    }
    if (random.chance(0.2)) {
      links.push({
        url: `https://grafana.acme.internal/d/${name}`,
        type: 'dashboard',
      });
    }
    if (links.length) {
      metadata.links = links;
    }
    if (random.chance(0.4)) {
      metadata.title = name
        .split('-')
        .map(w => w.charAt(0).toLocaleUpperCase('en-US') + w.slice(1))
        .join(' ');
    }
    metadata.description = `The ${name} ${kind.toLocaleLowerCase(
      'en-US',
    )}, part of the ${random.pick(WORDS)} flow.`;
    const tagCount = random.int(5);
    if (tagCount) {
      metadata.tags = [
        ...new Set(Array.from({ length: tagCount }, () => random.pick(TAGS))),
      ];
    }
    const systemIndex = random.int(SYSTEM_COUNT);
    const spec: Record<string, string> = {
      type: random.weighted(TYPES[kind]),
      lifecycle: random.weighted({
        production: 60,
        experimental: 25,
        deprecated: 15,
      }),
      // Most entities belong to the team of their system.
      owner: random.chance(0.8)
        ? systemOwners[systemIndex]
        : owners[ownerIndex()],
    };
    if (random.chance(0.85)) {
      spec.system = systems[systemIndex].replace('system:default/', '');
    }
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata,
      spec,
    });
  }
  return { entities, owners, systems, tags: TAGS };
}
