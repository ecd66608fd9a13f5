import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';

// The catalog is the edge the benchmark fakes: `catalogServiceMock` filters
// and indexes its entities anew on every call, which at 50,000 entities
// would measure the mock rather than the plugin. This one keeps an index by
// ref and pages by offset, so a call costs next to nothing (plus an optional
// simulated latency). It implements the calls the plugin makes.

function isUser(credentials: BackstageCredentials | undefined): boolean {
  return (credentials?.principal as { type?: string })?.type === 'user';
}

type QueryEntitiesRequest = Parameters<CatalogService['queryEntities']>[0];
type QueryEntitiesResponse = Awaited<
  ReturnType<CatalogService['queryEntities']>
>;

/** The catalog matches refs without regard to case. */
function refKey(ref: Entity | CompoundEntityRef): string {
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export class BenchCatalog {
  private entities: Entity[] = [];
  private byRef = new Map<string, Entity>();
  private userVisible: Entity[] = [];
  /** When set, users see only the entities it accepts, as under a conditional read policy. */
  private userFilter?: (entity: Entity) => boolean;

  constructor(entities: Entity[], private readonly latencyMs = 0) {
    this.setEntities(entities);
  }

  setEntities(entities: Entity[]) {
    this.entities = entities;
    this.byRef = new Map(entities.map(e => [refKey(e), e]));
    this.applyUserFilter();
  }

  /** Restricts what users (not the plugin's service credentials) see. */
  restrictUsers(filter: ((entity: Entity) => boolean) | undefined) {
    this.userFilter = filter;
    this.applyUserFilter();
  }

  /** How many entities a user sees. */
  get userVisibleCount(): number {
    return this.userVisible.length;
  }

  private applyUserFilter() {
    const filter = this.userFilter;
    this.userVisible = filter ? this.entities.filter(filter) : this.entities;
  }

  private visibleTo(credentials: BackstageCredentials | undefined) {
    return isUser(credentials) ? this.userVisible : this.entities;
  }

  /**
   * Pages through every entity, or those of one kind (the plugin's group
   * reads): the only requests the plugin makes of it.
   */
  async queryEntities(
    request: QueryEntitiesRequest | undefined,
    options: { credentials: BackstageCredentials },
  ): Promise<QueryEntitiesResponse> {
    if (this.latencyMs) {
      await sleep(this.latencyMs);
    }
    const req = (request ?? {}) as Record<string, unknown>;
    const cursor =
      typeof req.cursor === 'string'
        ? (JSON.parse(Buffer.from(req.cursor, 'base64url').toString()) as {
            kind?: string;
            offset: number;
          })
        : { kind: kindFilter(req), offset: 0 };
    const { kind, offset } = cursor;
    const all = this.visibleTo(options.credentials);
    const visible = kind
      ? all.filter(entity => entity.kind.toLocaleLowerCase('en-US') === kind)
      : all;
    const limit = typeof req.limit === 'number' ? req.limit : visible.length;
    const items = visible.slice(offset, offset + limit);
    const next = offset + items.length;
    const nextCursor = Buffer.from(
      JSON.stringify({ kind, offset: next }),
    ).toString('base64url');
    return {
      items,
      totalItems: visible.length,
      pageInfo: next < visible.length ? { nextCursor } : {},
    };
  }

  /** Only the plugin's one call: every Group, for the group tree. */
  async getEntities(request: {
    filter?: Record<string, unknown>;
  }): Promise<{ items: Entity[] }> {
    if (this.latencyMs) {
      await sleep(this.latencyMs);
    }
    if (String(request.filter?.kind).toLocaleLowerCase('en-US') !== 'group') {
      throw new Error('The bench catalog only lists the groups');
    }
    return {
      items: this.entities.filter(entity => entity.kind === 'Group'),
    };
  }

  async getEntityByRef(
    ref: string | CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<Entity | undefined> {
    if (this.latencyMs) {
      await sleep(this.latencyMs);
    }
    const entity = this.byRef.get(
      refKey(typeof ref === 'string' ? parseEntityRef(ref) : ref),
    );
    if (!entity) {
      return undefined;
    }
    const filter = this.userFilter;
    return filter && isUser(options.credentials) && !filter(entity)
      ? undefined
      : entity;
  }

  factory() {
    return createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => this as unknown as CatalogService,
    });
  }
}

/** The kind a first page asks for, the one filter the bench catalog has. */
function kindFilter(request: Record<string, unknown>): string | undefined {
  const filter = request.filter as Record<string, unknown> | undefined;
  const keys = Object.keys(filter ?? {});
  if (
    (keys.length && (keys.length > 1 || keys[0] !== 'kind')) ||
    request.orderFields ||
    request.fullTextFilter ||
    request.query
  ) {
    throw new Error(
      'The bench catalog only pages through all entities or one kind',
    );
  }
  return filter ? String(filter.kind).toLocaleLowerCase('en-US') : undefined;
}
