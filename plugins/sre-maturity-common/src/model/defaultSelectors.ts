import { EntitySelector } from './types';

// What the default model's criteria apply to, each group named once. The
// areas' criteria combine them in `appliesTo`.

/**
 * Component types that are built and released but not run as a service.
 * Every other type, also one the model does not know (`backend`, `grpc`,
 * `micro-service`...) or none, counts as running: an odd type never lets a
 * service off its operational criteria.
 */
const NOT_RUNNING_TYPES = [
  'library',
  'sdk',
  'cli',
  'documentation',
  'docs',
  'crd',
  'schema',
  'template',
];

/** Components that run: services, websites and any type not listed above. */
const RUNNING_COMPONENTS: EntitySelector = {
  kinds: ['Component'],
  exceptTypes: NOT_RUNNING_TYPES,
};

/** A system runs as a whole, as the product its components make. */
const SYSTEMS: EntitySelector = { kinds: ['System'] };

/** Code that is released for others to use, but not run by its team. */
const LIBRARIES: EntitySelector = {
  kinds: ['Component'],
  types: ['library', 'sdk', 'cli'],
};

/** Definitions kept in version control: API specs, CRDs, schemas, docs. */
const DEFINITIONS: EntitySelector[] = [
  { kinds: ['API'] },
  {
    kinds: ['Component'],
    types: ['crd', 'schema', 'template', 'documentation', 'docs'],
  },
];

/** Infrastructure: databases, queues, buckets, clusters. */
const RESOURCES: EntitySelector = { kinds: ['Resource'] };

/** Some catalogs give databases a kind of their own. */
const DATABASES: EntitySelector = { kinds: ['Database'] };

/** Resources that hold data, which must be backed up and recoverable. */
const DATA_STORES: EntitySelector[] = [
  {
    kinds: ['Resource'],
    types: [
      'database',
      'db',
      'datastore',
      'data-store',
      'storage',
      'bucket',
      's3-bucket',
      'object-storage',
      'filesystem',
    ],
  },
  DATABASES,
];

/**
 * The default model's `appliesTo` values.
 *
 * @public
 */
export const DEFAULT_APPLIES_TO: Record<
  'operated' | 'built' | 'accessed' | 'holdingData' | 'versioned' | 'designed',
  EntitySelector[]
> = {
  /** Operational practice: on call, SLOs, alerts, releases, chaos, toil. */
  operated: [RUNNING_COMPONENTS, SYSTEMS],
  /** Building and releasing code: also libraries. */
  built: [RUNNING_COMPONENTS, SYSTEMS, LIBRARIES],
  /** Access to production: also infrastructure resources. */
  accessed: [RUNNING_COMPONENTS, SYSTEMS, RESOURCES, DATABASES],
  /** Data kept safe and recoverable: also data stores. */
  holdingData: [RUNNING_COMPONENTS, SYSTEMS, ...DATA_STORES],
  /** Kept in version control: everything but people and places. */
  versioned: [
    RUNNING_COMPONENTS,
    SYSTEMS,
    LIBRARIES,
    ...DEFINITIONS,
    RESOURCES,
    DATABASES,
  ],
  /** Reviewed for security at design time: also libraries and API specs. */
  designed: [RUNNING_COMPONENTS, SYSTEMS, LIBRARIES, ...DEFINITIONS],
};
