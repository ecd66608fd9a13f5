import {
  MATURITY_LEVELS,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';
import {
  ScorecardExemptQuery,
  ScorecardFacets,
  ScorecardFilter,
  ScorecardGroupBy,
  ScorecardGroupsQuery,
  ScorecardQuery,
  SortOrder,
} from '../../../api';

/** The multi-value filters, each backed by a facet of the scorecard. */
export type Facet = keyof ScorecardFacets;

export const FACETS: readonly Facet[] = [
  'owner',
  'system',
  'kind',
  'type',
  'lifecycle',
  'tag',
  'phase',
];

export type ScorecardFilters = Record<Exclude<Facet, 'phase'>, string[]> & {
  phase: MaturityLevel[];
  /** The owner filter also covers the owners' sub-groups, at any depth. */
  includeSubgroups: boolean;
  stale: boolean;
  belowTarget: boolean;
  /**
   * Which entities by what the model applies to: `applicable` (the
   * default), `none` (those nothing applies to) or `all`.
   */
  applicability: Applicability;
  q: string;
};

/** Which entities the scorecard lists by what the model applies to. */
export type Applicability = NonNullable<ScorecardFilter['applicability']>;

const APPLICABILITIES: readonly Applicability[] = ['applicable', 'none', 'all'];

/**
 * Everything that decides what the page shows; it lives in the URL so a
 * shared link shows the same view.
 */
export interface ScorecardView {
  filters: ScorecardFilters;
  groupBy?: ScorecardGroupBy;
  /** Lists the exempt entities instead; sort and filters do not apply. */
  exempt?: boolean;
  /** A column or area id for entities; `key`, `entities`, `averageScore` for groups. */
  orderBy?: string;
  order: SortOrder;
  /** Zero-based. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100];
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];
const GROUP_ORDER_BY = ['key', 'entities', 'averageScore'] as const;

type GroupOrderBy = (typeof GROUP_ORDER_BY)[number];

export function isGroupOrderBy(value: string): value is GroupOrderBy {
  return (GROUP_ORDER_BY as readonly string[]).includes(value);
}

export const EMPTY_FILTERS: ScorecardFilters = {
  owner: [],
  system: [],
  kind: [],
  type: [],
  lifecycle: [],
  tag: [],
  phase: [],
  includeSubgroups: false,
  stale: false,
  belowTarget: false,
  applicability: 'applicable',
  q: '',
};

export function hasActiveFilters(filters: ScorecardFilters): boolean {
  return (
    FACETS.some(facet => filters[facet].length > 0) ||
    filters.stale ||
    filters.belowTarget ||
    filters.applicability !== 'applicable' ||
    filters.q !== ''
  );
}

function readPositiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) {
    return undefined;
  }
  return Number(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(v => v !== ''))];
}

/** Reads the view from a query string, ignoring anything malformed. */
export function readScorecardView(params: URLSearchParams): ScorecardView {
  const groupByParam = params.get('groupBy');
  const groupBy =
    groupByParam === 'owner' || groupByParam === 'system'
      ? groupByParam
      : undefined;
  const orderByParam = params.get('orderBy') || undefined;
  const orderBy =
    groupBy && orderByParam && !isGroupOrderBy(orderByParam)
      ? undefined
      : orderByParam;
  const pageSize = readPositiveInt(params.get('pageSize'));
  const page = readPositiveInt(params.get('page'));

  return {
    filters: {
      owner: unique(params.getAll('owner')),
      system: unique(params.getAll('system')),
      kind: unique(params.getAll('kind')),
      type: unique(params.getAll('type')),
      lifecycle: unique(params.getAll('lifecycle')),
      tag: unique(params.getAll('tag')),
      phase: unique(params.getAll('phase')).filter((p): p is MaturityLevel =>
        MATURITY_LEVELS.includes(p as MaturityLevel),
      ),
      includeSubgroups: params.get('includeSubgroups') === 'true',
      stale: params.get('stale') === 'true',
      belowTarget: params.get('belowTarget') === 'true',
      applicability:
        APPLICABILITIES.find(a => a === params.get('applicability')) ??
        'applicable',
      q: params.get('q') ?? '',
    },
    groupBy,
    exempt: params.get('exempt') === 'true' || undefined,
    orderBy,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: page && page > 1 ? page - 1 : 0,
    pageSize:
      pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the view as a query string, leaving defaults out to keep links short. */
export function writeScorecardView(view: ScorecardView): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = view;
  for (const facet of FACETS) {
    for (const value of filters[facet]) {
      params.append(facet, value);
    }
  }
  if (filters.includeSubgroups) {
    params.set('includeSubgroups', 'true');
  }
  if (filters.stale) {
    params.set('stale', 'true');
  }
  if (filters.belowTarget) {
    params.set('belowTarget', 'true');
  }
  if (filters.applicability !== 'applicable') {
    params.set('applicability', filters.applicability);
  }
  if (filters.q) {
    params.set('q', filters.q);
  }
  if (view.groupBy) {
    params.set('groupBy', view.groupBy);
  }
  if (view.exempt) {
    params.set('exempt', 'true');
  }
  if (view.orderBy) {
    params.set('orderBy', view.orderBy);
  }
  if (view.order === 'desc') {
    params.set('order', 'desc');
  }
  if (view.page > 0) {
    params.set('page', String(view.page + 1));
  }
  if (view.pageSize !== DEFAULT_PAGE_SIZE) {
    params.set('pageSize', String(view.pageSize));
  }
  return params;
}

/** A new filter selection starts again from the first page. */
export function withFilters(
  view: ScorecardView,
  changes: Partial<ScorecardFilters>,
): ScorecardView {
  return { ...view, filters: { ...view.filters, ...changes }, page: 0 };
}

/** Clicking the sorted column flips its order; another column sorts ascending. */
export function withSort(view: ScorecardView, orderBy: string): ScorecardView {
  const order: SortOrder =
    view.orderBy === orderBy && view.order === 'asc' ? 'desc' : 'asc';
  return { ...view, orderBy, order, page: 0 };
}

/** Sort and page mean different things for groups and entities. */
export function withGroupBy(
  view: ScorecardView,
  groupBy: ScorecardGroupBy | undefined,
): ScorecardView {
  return {
    ...view,
    groupBy,
    exempt: undefined,
    orderBy: undefined,
    order: 'asc',
    page: 0,
  };
}

/** The list of exempt entities, from its first page. */
export function withExempt(view: ScorecardView): ScorecardView {
  return { ...withGroupBy(view, undefined), exempt: true };
}

/** The entity table narrowed to one group. */
export function openGroup(
  view: ScorecardView,
  groupBy: ScorecardGroupBy,
  key: string,
): ScorecardView {
  return withGroupBy(withFilters(view, { [groupBy]: [key] }), undefined);
}

/** Zero-based; 0 when there are no rows. */
export function lastPageOf(totalItems: number, pageSize: number): number {
  return Math.max(0, Math.ceil(totalItems / pageSize) - 1);
}

/**
 * The last page that has rows, when the view points past it (a link shared
 * before the data shrank); undefined when the view is fine.
 */
export function pageWithin(
  view: ScorecardView,
  totalItems: number,
): ScorecardView | undefined {
  const lastPage = lastPageOf(totalItems, view.pageSize);
  return view.page > lastPage ? { ...view, page: lastPage } : undefined;
}

/** The filters as the API takes them, leaving unset ones out. */
export function toScorecardFilter(filters: ScorecardFilters): ScorecardFilter {
  const filter: ScorecardFilter = {};
  for (const facet of FACETS) {
    if (filters[facet].length) {
      Object.assign(filter, { [facet]: filters[facet] });
    }
  }
  // Without an owner there are no sub-groups to include.
  if (filters.includeSubgroups && filters.owner.length) {
    filter.includeSubgroups = true;
  }
  if (filters.stale) {
    filter.stale = true;
  }
  if (filters.belowTarget) {
    filter.belowTarget = true;
  }
  if (filters.applicability !== 'applicable') {
    filter.applicability = filters.applicability;
  }
  if (filters.q.trim()) {
    filter.q = filters.q.trim();
  }
  return filter;
}

/** The page of entities the view shows. */
export function toScorecardQuery(view: ScorecardView): ScorecardQuery {
  return {
    ...toScorecardFilter(view.filters),
    orderBy: view.orderBy,
    order: view.order,
    limit: view.pageSize,
    offset: view.page * view.pageSize,
  };
}

/**
 * Every row of the filter, for the CSV export; sorted as the entity table is,
 * as a roll-up's sort means nothing for entities.
 */
export function toExportQuery(view: ScorecardView): ScorecardQuery {
  const filter = toScorecardFilter(view.filters);
  return view.groupBy
    ? filter
    : { ...filter, orderBy: view.orderBy, order: view.order };
}

/** The page of exempt entities the view shows; one row only for the count. */
export function toExemptQuery(view: ScorecardView): ScorecardExemptQuery {
  return view.exempt
    ? { limit: view.pageSize, offset: view.page * view.pageSize }
    : { limit: 1 };
}

/** The page of groups the view shows. */
export function toGroupsQuery(
  view: ScorecardView,
  by: ScorecardGroupBy,
): ScorecardGroupsQuery {
  return {
    ...toScorecardFilter(view.filters),
    by,
    orderBy:
      view.orderBy && isGroupOrderBy(view.orderBy) ? view.orderBy : undefined,
    order: view.order,
    limit: view.pageSize,
    offset: view.page * view.pageSize,
  };
}
