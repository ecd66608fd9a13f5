import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  Applicability,
  MaturityLevel,
  MaturityModel,
  ScorecardFilter,
} from '@sre-maturity/backstage-plugin-common';
import { SORTABLE_COLUMNS, SortableColumn } from '../database/sortColumns';
import { DayRange, ScorecardOrder } from '../database/types';

// The OpenAPI validator has already checked types, enums and bounds; these
// functions normalize what it lets through (a single value of a repeatable
// parameter arrives as a string) and check what the spec cannot express.

type Query = Record<string, unknown>;

function list(value: unknown): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  return (Array.isArray(value) ? value : [value]).map(String);
}

function flag(value: unknown): boolean | undefined {
  return value === undefined ? undefined : value === true || value === 'true';
}

function integer(value: unknown, fallback: number): number {
  return value === undefined ? fallback : Number(value);
}

const MAX_REVISION = 2147483647;

/** The `revision` a deletion is based on: 1 to 2,147,483,647. */
export function parseRevision(value: unknown): number {
  const revision = Number(value);
  if (!Number.isInteger(revision) || revision < 1 || revision > MAX_REVISION) {
    throw new InputError(
      `Invalid revision "${value}": expected an integer from 1 to ${MAX_REVISION}`,
    );
  }
  return revision;
}

/** Owner and system filters accept short refs, like the catalog does. */
function refs(
  name: string,
  value: unknown,
  defaultKind: string,
): string[] | undefined {
  return list(value)?.map(text => {
    try {
      return stringifyEntityRef(
        parseEntityRef(text, { defaultKind, defaultNamespace: 'default' }),
      );
    } catch {
      throw new InputError(`Invalid ${name} "${text}": not an entity ref`);
    }
  });
}

export function parseScorecardFilter(query: Query): ScorecardFilter {
  const q = typeof query.q === 'string' ? query.q.trim() : '';
  return {
    owner: refs('owner', query.owner, 'group'),
    includeSubgroups: flag(query.includeSubgroups),
    system: refs('system', query.system, 'system'),
    kind: list(query.kind),
    type: list(query.type),
    lifecycle: list(query.lifecycle),
    tag: list(query.tag),
    phase: list(query.phase) as MaturityLevel[] | undefined,
    stale: flag(query.stale),
    belowTarget: flag(query.belowTarget),
    q: q || undefined,
    applicability: query.applicability as Applicability | undefined,
  };
}

/** Whether a scorecard page should carry its facet counts; it does by default. */
export function parseFacetsWanted(query: Query): boolean {
  return flag(query.facets) ?? true;
}

export function parseScorecardOrder(
  query: Query,
  model: MaturityModel,
): ScorecardOrder {
  const orderBy = typeof query.orderBy === 'string' ? query.orderBy : 'name';
  const direction = query.order === 'desc' ? 'desc' : 'asc';
  if ((SORTABLE_COLUMNS as readonly string[]).includes(orderBy)) {
    return { column: orderBy as SortableColumn, direction };
  }
  if (model.areas.some(area => area.id === orderBy)) {
    return { areaId: orderBy, direction };
  }
  throw new InputError(
    `Invalid orderBy "${orderBy}": expected one of ${[
      ...SORTABLE_COLUMNS,
      ...model.areas.map(area => area.id),
    ].join(', ')}`,
  );
}

export function parsePage(query: Query): { limit: number; offset: number } {
  return { limit: integer(query.limit, 50), offset: integer(query.offset, 0) };
}

const MAX_TREND_DAYS = 366;
const DEFAULT_TREND_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

function day(name: string, value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const text = String(value);
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(text)
  ) {
    throw new InputError(`Invalid ${name} "${text}": expected YYYY-MM-DD`);
  }
  return text;
}

/**
 * `from` and `to` (UTC days, inclusive): `to` defaults to today, `from` to
 * 89 days before `to`, and the range may span at most 366 days.
 */
export function parseDayRange(query: Query, now: Date): DayRange {
  const to = day('to', query.to) ?? now.toISOString().slice(0, 10);
  const toTime = Date.parse(`${to}T00:00:00Z`);
  const from =
    day('from', query.from) ??
    new Date(toTime - (DEFAULT_TREND_DAYS - 1) * DAY_MS)
      .toISOString()
      .slice(0, 10);
  const days = (toTime - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) {
    throw new InputError(`Invalid from "${from}": after to "${to}"`);
  }
  if (days > MAX_TREND_DAYS) {
    throw new InputError(
      `Invalid from "${from}": the range may span at most ${MAX_TREND_DAYS} days`,
    );
  }
  return { from, to };
}

/** The history cursor is the id of the last event of the previous page. */
export function encodeHistoryCursor(beforeId: string): string {
  return Buffer.from(JSON.stringify({ beforeId }), 'utf8').toString(
    'base64url',
  );
}

export function parseHistoryCursor(value: unknown): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  try {
    const { beforeId } = JSON.parse(
      Buffer.from(String(value), 'base64url').toString('utf8'),
    );
    const id = Number(beforeId);
    if (Number.isSafeInteger(id) && id > 0) {
      return id;
    }
  } catch {
    // reported below
  }
  throw new InputError(`Invalid cursor "${value}"`);
}
