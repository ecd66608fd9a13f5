import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  SRE_MATURITY_ANNOTATIONS,
  targetPhaseAnnotation,
} from '@sre-maturity/backstage-plugin-common';
import { Random } from './random';

// A catalog with the oddities of real ones, for tests and for trying the
// plugin on a portal (scripts/generateCatalog.ts writes it as YAML). Every
// entity is valid for the Backstage catalog: names of at most 63 characters
// of [a-zA-Z0-9] with - _ . between them, lower-case tags, and the spec
// fields each built-in kind requires; the fields a kind may leave out are
// left out of some. The same options and seed give the same catalog.

export interface RealisticCatalogOptions {
  /** How many entities, 2,000 by default; at least 100. */
  entities?: number;
  seed?: number;
  /**
   * Whether to add Templates and custom kinds (`Database`, `Widget`): a
   * catalog rejects those unless the scaffolder or a processor for them is
   * installed. True by default.
   */
  foreignKinds?: boolean;
}

/** What the generator meant an entity to be, to check the plugin against. */
export interface ExpectedEntity {
  /** The entity ref, lower case as the catalog compares it. */
  ref: string;
  kind: string;
  name: string;
  title?: string;
  /** The owner as a full entity ref, lower case; none if `spec.owner` is missing. */
  owner?: string;
  /** Likewise for `spec.system`. */
  system?: string;
  type?: string;
  lifecycle?: string;
  /** Each tag once. */
  tags: string[];
  /** Whether the exemption annotation exempts it. */
  exempt: boolean;
}

export interface RealisticCatalog {
  entities: Entity[];
  /** By entity ref. */
  expected: Map<string, ExpectedEntity>;
}

const NAMESPACES = ['default', 'ops', 'data-platform', 'acme-corp', 'team-42'];

const WORDS = [
  'payments',
  'Ledger',
  'orders',
  'CHECKOUT',
  'catalog',
  'search',
  'pricing',
  'inventory',
  'shipping',
  'billing',
  'identity',
  'auth',
  'notifications',
  'reports',
  'fraud',
  'gateway',
  'scheduler',
  'importer',
  'legacy',
  'v2',
  'k8s',
  'ETL',
  'ml',
  'eu-west-1',
];

const SEPARATORS = ['-', '-', '-', '_', '.'];

const TITLES = [
  'Zahlungsdienst für Überweisungen',
  'ÜBER-Service (Übergang)',
  'Сервис платежей',
  '支付服务',
  'サービス カタログ',
  'Café ☕ orders',
  '🚀 Launch pad',
  'Ødegaard Ærø Ångström',
  'naïve façade',
  'שירות תשלומים',
  'خدمة الدفع',
  'Ελληνική υπηρεσία',
  'Straße & Co. KG',
  '  Leading and trailing spaces  ',
  'Quotes "double" and \'single\'',
  'Percent 100% _under_score_ and !bang',
  'Commas, semicolons; =formula',
  'İstanbul ıi',
];

const DESCRIPTIONS = [
  'Handles payments. 💳\nSecond line with **markdown** and `code`.',
  'Gère les paiements — avec des accents: é, è, ê, ë.',
  'TODO: write a description',
  '',
  '処理サービス。絵文字 🎉 付き。',
];

const TYPES: Record<string, string[]> = {
  Component: [
    'service',
    'service',
    'service',
    'website',
    'library',
    'Service',
    'micro-service',
    'backend_service',
  ],
  API: ['openapi', 'openapi', 'grpc', 'asyncapi', 'graphql', 'OpenAPI'],
  Resource: ['database', 'kafka-topic', 's3-bucket', 'Database', 'queue'],
  System: ['product', 'platform', 'Service-Group'],
  Database: ['postgres', 'mysql'],
};

const LIFECYCLES = [
  'production',
  'production',
  'production',
  'experimental',
  'deprecated',
  'PRD',
  'prod',
  'Production',
  'live',
  'EOL',
  'beta',
];

const TAGS = [
  'java',
  'go',
  'python',
  'c++',
  'c#',
  'node-js',
  'tier-1',
  'tier-2',
  'k8s',
  'pci-dss',
  'gdpr',
  'customer-facing',
  'internal',
  'legacy',
  'team-a',
  'eu',
  'us-east-1',
  'grpc',
  'kafka',
  'on-call',
  'a-tag-as-long-as-the-catalog-allows-sixty-three-characters-long',
];

const PLACEHOLDERS = [
  'YOUR_PROJECT_SLUG',
  '<value>',
  'TODO',
  '${SERVICE_ID}',
  'changeme',
  'xxx',
];

/** Third-party annotations real catalogs carry, some with placeholders. */
const THIRD_PARTY_ANNOTATIONS: Array<[string, (name: string) => string]> = [
  ['github.com/project-slug', name => `acme/${name}`],
  ['backstage.io/techdocs-ref', () => 'dir:.'],
  ['pagerduty.com/service-id', name => `P${name.length}X${name.length * 7}`],
  ['sonarqube.org/project-key', name => `acme:${name}`],
  ['prometheus.io/rule', name => `up{job="${name}"} == 0`],
  ['grafana/dashboard-selector', name => `tags @> '${name}'`],
  ['jira/project-key', () => 'OPS'],
  ['argocd/app-name', name => name],
];

/** Values of the exemption annotation, and whether each exempts. */
const EXEMPTIONS: Array<[string, boolean]> = [
  ['Decommissioned 🪦 in Q3', true],
  ['true', true],
  ['TRUE', true],
  ['Vendor-run; see https://vendor.example.com', true],
  ['false', false],
  ['FALSE', false],
  ['', false],
  ['   ', false],
];

/** Values of the target phase annotations, valid or not. */
const TARGET_PHASES = ['walk', 'run', 'crawl', 'RUN', ' Walk ', 'sprint', ''];

const AREAS = ['observability', 'on-call', 'releasing', 'no-such-area'];

/** Of the kinds that are not `backstage.io/v1alpha1`. */
const API_VERSIONS: Record<string, string> = {
  Template: 'scaffolder.backstage.io/v1beta3',
  Database: 'example.com/v1alpha1',
  Widget: 'foo.example.com/v1',
};

/** A name valid for the catalog, unique through its index, odd in its shape. */
function nameOf(random: Random, index: number): string {
  const words = Array.from({ length: 1 + random.int(3) }, () =>
    random.pick(WORDS),
  );
  let base = words
    .map(word => {
      const shape = random.next();
      if (shape < 0.1) {
        return word.toLocaleUpperCase('en-US');
      }
      if (shape < 0.2) {
        return word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1);
      }
      return word;
    })
    .join(random.pick(SEPARATORS));
  const suffix = `${random.pick(SEPARATORS)}${index}`;
  if (random.chance(0.05)) {
    // As long as a name may be.
    base = `${base}-${'x'.repeat(63)}`.slice(0, 63 - suffix.length);
    base = base.replace(/[-_.]+$/, '');
  }
  return `${base}${suffix}`;
}

function tagsOf(random: Random): string[] {
  if (random.chance(0.04)) {
    // Dozens, some repeated.
    return Array.from({ length: 30 + random.int(30) }, (_, i) =>
      random.chance(0.8) ? `label-${i}` : random.pick(TAGS),
    );
  }
  return Array.from({ length: random.int(5) }, () => random.pick(TAGS));
}

function annotationsOf(random: Random, name: string) {
  const annotations: Record<string, string> = {};
  for (const [key, value] of THIRD_PARTY_ANNOTATIONS) {
    if (random.chance(0.35)) {
      annotations[key] = random.chance(0.2)
        ? random.pick(PLACEHOLDERS)
        : value(name);
    }
  }
  if (random.chance(0.04)) {
    for (let i = 0; i < 20 + random.int(40); i++) {
      annotations[`example.com/key-${i}`] = random.chance(0.3)
        ? random.pick(PLACEHOLDERS)
        : `value ${i} ✓`;
    }
  }
  return annotations;
}

/** The plugin's own annotations, on a share of the entities, some invalid. */
function sreMaturityAnnotationsOf(
  random: Random,
  name: string,
  annotations: Record<string, string>,
): boolean {
  const linkKeys = [
    SRE_MATURITY_ANNOTATIONS.slo,
    SRE_MATURITY_ANNOTATIONS.errorBudgetPolicy,
    SRE_MATURITY_ANNOTATIONS.onCall,
    SRE_MATURITY_ANNOTATIONS.escalation,
    SRE_MATURITY_ANNOTATIONS.runbook,
    SRE_MATURITY_ANNOTATIONS.postmortems,
  ];
  if (random.chance(0.3)) {
    for (const key of linkKeys) {
      if (random.chance(0.4)) {
        annotations[key] = random.chance(0.2)
          ? random.pick(PLACEHOLDERS)
          : `https://wiki.acme.internal/${name}/${key.split('/')[1]}`;
      }
    }
  }
  if (random.chance(0.25)) {
    annotations[SRE_MATURITY_ANNOTATIONS.targetPhase] =
      random.pick(TARGET_PHASES);
  }
  if (random.chance(0.08)) {
    annotations[targetPhaseAnnotation(random.pick(AREAS))] =
      random.pick(TARGET_PHASES);
  }
  if (random.chance(0.05)) {
    const [value, exempt] = random.pick(EXEMPTIONS);
    annotations[SRE_MATURITY_ANNOTATIONS.exempt] = value;
    return exempt;
  }
  return false;
}

interface Named {
  kind: string;
  namespace: string;
  name: string;
}

const refOf = ({ kind, namespace, name }: Named) =>
  `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');

/**
 * A value for `spec.owner` or `spec.system` written the ways people write
 * them, and the ref it stands for: a short name (in the entity's own
 * namespace), a full ref, odd case, or a ref to nothing.
 */
function relationOf(
  random: Random,
  defaultKind: string,
  namespace: string,
  targets: Named[],
): [string, string] {
  const roll = random.next();
  if (roll < 0.1 || !targets.length) {
    const name = `gone-${defaultKind}-${random.int(1000)}`;
    return [name, refOf({ kind: defaultKind, namespace, name })];
  }
  const target = random.pick(targets);
  if (roll < 0.55 && target.kind === defaultKind) {
    const value = random.chance(0.2)
      ? target.name.toLocaleUpperCase('en-US')
      : target.name;
    return [value, refOf({ kind: defaultKind, namespace, name: value })];
  }
  const full = `${target.kind}:${target.namespace}/${target.name}`;
  return [
    random.chance(0.15) ? full.replace(/^./, c => c.toUpperCase()) : full,
    refOf(target),
  ];
}

/** A deterministic catalog of `entities` entities (2,000 by default). */
export function generateRealisticCatalog(
  options: RealisticCatalogOptions = {},
): RealisticCatalog {
  const total = Math.max(100, options.entities ?? 2000);
  const foreignKinds = options.foreignKinds ?? true;
  const random = new Random(options.seed ?? 19);
  const entities: Entity[] = [];
  const expected = new Map<string, ExpectedEntity>();
  let index = 0;

  const namespaceOf = () =>
    random.chance(0.8) ? 'default' : random.pick(NAMESPACES);

  const add = (
    entity: Entity,
    facts: { owner?: string; system?: string; exempt?: boolean } = {},
  ) => {
    const { kind, metadata, spec = {} } = entity;
    const namespace = metadata.namespace ?? 'default';
    const ref = refOf({ kind, namespace, name: metadata.name });
    entities.push(entity);
    expected.set(ref, {
      ref,
      kind,
      name: metadata.name,
      title: metadata.title,
      owner: facts.owner,
      system: facts.system,
      type: typeof spec.type === 'string' ? spec.type : undefined,
      lifecycle:
        typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined,
      tags: [...new Set(metadata.tags ?? [])],
      exempt: facts.exempt ?? false,
    });
  };

  const share = (fraction: number, least: number) =>
    Math.max(least, Math.round(total * fraction));

  // People and teams first, so that owners can name them.
  const groups: Named[] = [];
  for (let i = 0; i < share(0.03, 4); i++) {
    const group = { kind: 'group', namespace: namespaceOf(), name: '' };
    group.name = `${random.pick(['team', 'Team', 'squad', 'SRE'])}${random.pick(
      SEPARATORS,
    )}${random.pick(WORDS)}-${index++}`;
    groups.push(group);
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: group.name, namespace: group.namespace },
      spec: {
        type: 'team',
        children: [],
        profile: { displayName: random.pick(TITLES).trim() },
      },
    });
  }
  const users: Named[] = [];
  for (let i = 0; i < share(0.05, 5); i++) {
    const first = random.pick(['jane', 'John', 'zoe', 'ÉMILE', 'li', 'anna']);
    const ascii = first.normalize('NFD').replace(/[^a-zA-Z]/g, '');
    const user = {
      kind: 'user',
      namespace: 'default',
      name: `${ascii}${random.pick(['.', '_', '-'])}doe${index++}`,
    };
    users.push(user);
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: user.name },
      spec: {
        profile: {
          displayName: `${first} Døe`,
          email: `${user.name}@example.com`,
        },
        memberOf: [refOf(random.pick(groups))],
      },
    });
  }

  /** An owner: a group or user, an e-mail address, or a ref to nothing. */
  const ownerOf = (namespace: string): [string, string] => {
    if (random.chance(0.1)) {
      const user = random.pick(users);
      const email = `${user.name}@Example.com`;
      return [email, `group:${namespace}/${email}`.toLocaleLowerCase('en-US')];
    }
    return relationOf(
      random,
      'group',
      namespace,
      random.chance(0.15) ? users : groups,
    );
  };

  const domains: Named[] = [];
  for (let i = 0; i < share(0.01, 2); i++) {
    const domain = { kind: 'domain', namespace: namespaceOf(), name: '' };
    domain.name = nameOf(random, index++);
    domains.push(domain);
    const [owner, ownerRef] = ownerOf(domain.namespace);
    add(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: { name: domain.name, namespace: domain.namespace },
        spec: { owner },
      },
      { owner: ownerRef },
    );
  }

  const systems: Named[] = [];
  for (let i = 0; i < share(0.04, 3); i++) {
    const system = { kind: 'system', namespace: namespaceOf(), name: '' };
    system.name = nameOf(random, index++);
    systems.push(system);
    const [owner, ownerRef] = ownerOf(system.namespace);
    const spec: JsonObject = { owner };
    if (random.chance(0.7)) {
      spec.type = random.pick(TYPES.System);
    }
    if (random.chance(0.5)) {
      spec.domain = refOf(random.pick(domains));
    }
    add(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: {
          name: system.name,
          namespace: system.namespace,
          ...(random.chance(0.5) && { title: random.pick(TITLES) }),
        },
        spec,
      },
      { owner: ownerRef },
    );
  }

  for (let i = 0; i < share(0.005, 1); i++) {
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: { name: nameOf(random, index++) },
      spec: {
        type: 'file',
        target: `./not-generated-${i}.yaml`,
        presence: 'optional',
      },
    });
  }

  while (entities.length < total) {
    const kind = random.weighted<string>(
      foreignKinds
        ? {
            Component: 70,
            API: 11,
            Resource: 12,
            Template: 2,
            Database: 3,
            Widget: 2,
          }
        : { Component: 72, API: 13, Resource: 15 },
    );
    const namespace = namespaceOf();
    const name = nameOf(random, index++);
    const annotations = annotationsOf(random, name);
    const exempt = sreMaturityAnnotationsOf(random, name, annotations);
    const tags = tagsOf(random);
    const metadata: Entity['metadata'] = {
      name,
      namespace,
      ...(random.chance(0.6) && {
        title: random.chance(0.05)
          ? random.pick([
              `${random.pick(TITLES)} `.repeat(20),
              '🚀✨'.repeat(100),
            ])
          : `${random.pick(TITLES)} ${i18nNumber(random, index)}`,
      }),
      ...(random.chance(0.7) && { description: random.pick(DESCRIPTIONS) }),
      ...(tags.length && { tags }),
      ...(Object.keys(annotations).length && { annotations }),
      ...(random.chance(0.3) && {
        links: [
          {
            url: `https://runbooks.acme.internal/${name}`,
            type: random.pick(['runbook', 'dashboard', 'Runbook']),
            ...(random.chance(0.7) && {
              title: random.pick(['Runbook 📕', 'Dashboard']),
            }),
          },
        ],
      }),
    };
    const spec: JsonObject = {};
    const facts: { owner?: string; system?: string; exempt: boolean } = {
      exempt,
    };
    // Required by the built-in kinds; often missing from the others.
    const required = ['Component', 'API', 'Resource'].includes(kind);
    if (required || random.chance(0.4)) {
      [spec.owner, facts.owner] = ownerOf(namespace);
    }
    if (TYPES[kind] && (required || random.chance(0.5))) {
      spec.type = random.pick(TYPES[kind]);
    } else if (kind === 'Template') {
      spec.type = 'service';
    }
    if (
      kind === 'Component' ||
      kind === 'API' ||
      random.chance(kind === 'Resource' ? 0.6 : 0.3)
    ) {
      spec.lifecycle = random.pick(LIFECYCLES);
    }
    if (kind !== 'Template' && kind !== 'Widget' && random.chance(0.7)) {
      [spec.system, facts.system] = relationOf(
        random,
        'system',
        namespace,
        systems,
      );
    }
    if (kind === 'API') {
      spec.definition = 'openapi: 3.0.0\ninfo:\n  title: Ünïcödé API\n';
    }
    if (kind === 'Template') {
      spec.parameters = [];
      spec.steps = [];
    }
    add(
      {
        apiVersion: API_VERSIONS[kind] ?? 'backstage.io/v1alpha1',
        kind,
        metadata,
        spec,
      },
      facts,
    );
  }
  declareRelations(entities, new Random((options.seed ?? 19) + 1));
  return { entities, expected };
}

/**
 * Declares dependencies and APIs on a share of the Components and Resources,
 * as teams write them in catalog-info.yaml, some naming entities that are
 * gone. Its own random source leaves the rest of the
 * catalog as it was without them.
 */
function declareRelations(entities: Entity[], random: Random) {
  const targets = (kind: string) =>
    entities
      .filter(entity => entity.kind === kind)
      .map(({ metadata }) =>
        `${kind}:${metadata.namespace ?? 'default'}/${
          metadata.name
        }`.toLocaleLowerCase('en-US'),
      );
  const components = targets('Component');
  const resources = targets('Resource');
  const apis = targets('API');
  const some = (pool: string[]) =>
    Array.from({ length: 1 + random.int(3) }, () =>
      random.chance(0.1) || !pool.length
        ? `component:default/gone-${random.int(1000)}`
        : random.pick(pool),
    );
  for (const entity of entities) {
    const spec = entity.spec!;
    if (entity.kind === 'Component') {
      if (random.chance(0.35)) {
        spec.dependsOn = some([...resources, ...components]);
      }
      if (random.chance(0.2)) {
        spec.consumesApis = some(apis);
      }
      if (random.chance(0.3)) {
        spec.providesApis = some(apis);
      }
    } else if (entity.kind === 'Resource' && random.chance(0.1)) {
      spec.dependsOn = some(resources);
    }
  }
}

/** The index in one of several scripts, so titles differ and sort oddly. */
function i18nNumber(random: Random, n: number): string {
  const digits = random.pick([
    '0123456789',
    '٠١٢٣٤٥٦٧٨٩',
    '〇一二三四五六七八九',
  ]);
  return String(n).replace(/\d/g, d => [...digits][Number(d)]);
}

/**
 * The catalog after an ordinary day: `share` of the entities the sync keeps
 * (not those of `excludeKinds`) with a new title, tag or lifecycle.
 * Returns the new catalog and the refs of the changed entities.
 */
export function changeRealisticCatalog(
  catalog: RealisticCatalog,
  options: { share: number; seed?: number; excludeKinds: readonly string[] },
): { catalog: RealisticCatalog; changed: Set<string> } {
  const random = new Random(options.seed ?? 7);
  const excluded = new Set(
    options.excludeKinds.map(kind => kind.toLocaleLowerCase('en-US')),
  );
  const changed = new Set<string>();
  const expected = new Map(catalog.expected);
  const entities = catalog.entities.map(entity => {
    if (
      excluded.has(entity.kind.toLocaleLowerCase('en-US')) ||
      !random.chance(options.share)
    ) {
      return entity;
    }
    const ref = refOf({
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? 'default',
      name: entity.metadata.name,
    });
    changed.add(ref);
    const copy: Entity = JSON.parse(JSON.stringify(entity));
    const facts = { ...expected.get(ref)! };
    const change = random.int(3);
    if (change === 0) {
      copy.metadata.title = `${copy.metadata.title ?? ''} (renamed ✎)`.trim();
      facts.title = copy.metadata.title;
    } else if (change === 1) {
      copy.metadata.tags = [...(copy.metadata.tags ?? []), 'changed-today'];
      facts.tags = [...new Set(copy.metadata.tags)];
    } else {
      copy.spec = { ...copy.spec, lifecycle: 'deprecated-today' };
      facts.lifecycle = 'deprecated-today';
    }
    expected.set(ref, facts);
    return copy;
  });
  return { catalog: { entities, expected }, changed };
}
