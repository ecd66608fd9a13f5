import { levelRank } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { isPostgres, orderNullsLast, whereOneOf } from './dialect';
import {
  belowTargetRule,
  ruleFlag,
  staleRule,
  whereApplicability,
  whereOnScorecard,
  whereRule,
} from './scorecardRules';
import { AREA_RESULTS, ENTITY_TAGS, VIEWER_ENTITIES } from './tables';
import {
  EntityVisibility,
  Facet,
  ScorecardOrder,
  ScorecardSelection,
} from './types';

// Every function here works on a query over the entities table aliased `e`.

/** The facets that are a column of the entities table, and their columns. */
export const COLUMN_FACETS = {
  owner: 'e.owner',
  system: 'e.system',
  kind: 'e.kind',
  type: 'e.type',
  lifecycle: 'e.lifecycle',
  phase: 'e.overall_rank',
} as const;

export type ColumnFacet = keyof typeof COLUMN_FACETS;

/** The values a column facet's filter accepts, as stored; none when unfiltered. */
export function columnFilterValues(
  selection: ScorecardSelection,
  facet: ColumnFacet,
): Array<string | number> {
  const { filter } = selection;
  return facet === 'phase'
    ? (filter.phase ?? []).map(level => levelRank(level))
    : filter[facet] ?? [];
}

/** `%text%` for LIKE, with `!` escaping the wildcards. */
function containsPattern(text: string): string {
  return `%${text.toLocaleLowerCase('en-US').replace(/[!%_]/g, c => `!${c}`)}%`;
}

/** Limits `column`, an entity ref, to the entities the caller may see. */
export function applyVisibility(
  db: Knex,
  builder: Knex.QueryBuilder,
  column: string,
  visibility: EntityVisibility,
): Knex.QueryBuilder {
  if (visibility.type === 'none') {
    builder.whereRaw('1 = 0');
  } else if (visibility.type === 'viewer' && visibility.refs) {
    whereOneOf(db, builder, column, visibility.refs);
  } else if (visibility.type === 'viewer') {
    builder.whereIn(
      column,
      db(VIEWER_ENTITIES)
        .select('entity_ref')
        .where('viewer_id', visibility.viewerId),
    );
  }
  return builder;
}

/**
 * Whether the selection, leaving out the filters of `except`, filters on
 * anything but what the caller may see.
 */
export function filtersEntities(
  selection: ScorecardSelection,
  except: readonly Facet[] = [],
): boolean {
  const { filter } = selection;
  return (
    Object.keys(COLUMN_FACETS).some(
      facet =>
        !except.includes(facet as Facet) &&
        columnFilterValues(selection, facet as ColumnFacet).length > 0,
    ) ||
    (!except.includes('tag') && Boolean(filter.tag?.length)) ||
    filter.stale !== undefined ||
    filter.belowTarget !== undefined ||
    Boolean(filter.q)
  );
}

/**
 * Limits the query to the scorecard's entities: in the catalog, not exempt,
 * visible to the caller and matching the filter. `except` leaves facets' own
 * filters out, to count those facets' values.
 */
export function applySelection(
  db: Knex,
  builder: Knex.QueryBuilder,
  selection: ScorecardSelection,
  except: readonly Facet[] = [],
): Knex.QueryBuilder {
  const { filter, visibility, staleBefore } = selection;
  whereOnScorecard(builder);
  applyVisibility(db, builder, 'e.entity_ref', visibility);

  for (const [facet, column] of Object.entries(COLUMN_FACETS)) {
    const values = columnFilterValues(selection, facet as ColumnFacet);
    if (!except.includes(facet as Facet) && values.length) {
      builder.whereIn(column, values);
    }
  }
  if (!except.includes('tag') && filter.tag?.length) {
    builder.whereIn(
      'e.entity_ref',
      db(ENTITY_TAGS).select('entity_ref').whereIn('tag', filter.tag),
    );
  }
  if (filter.stale !== undefined) {
    whereRule(builder, staleRule(staleBefore), filter.stale);
  }
  if (filter.belowTarget !== undefined) {
    whereRule(builder, belowTargetRule, filter.belowTarget);
  }
  whereApplicability(builder, 'e.applicable', filter.applicability);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    builder.whereRaw(
      "(LOWER(e.name) LIKE ? ESCAPE '!' OR e.title_lower LIKE ? ESCAPE '!')",
      [pattern, pattern],
    );
  }
  return builder;
}

/**
 * Sorts the scorecard; values that are missing come last in both directions
 * and the entity ref breaks ties, so that pages are stable.
 */
export function applyOrder(
  db: Knex,
  builder: Knex.QueryBuilder,
  order: ScorecardOrder,
  staleBefore: Date,
): Knex.QueryBuilder {
  const { direction } = order;
  if ('areaId' in order) {
    builder.leftJoin({ sa: AREA_RESULTS }, join =>
      join
        .on('sa.entity_ref', 'e.entity_ref')
        .andOn('sa.area_id', db.raw('?', [order.areaId]))
        // An area that does not apply sorts as missing.
        .andOn('sa.applicable', db.raw('?', [true])),
    );
    orderNullsLast(db, builder, 'sa.level_rank', direction);
    builder.orderBy('sa.progress', direction);
  } else {
    switch (order.column) {
      case 'entityRef':
        break;
      case 'title':
        builder.orderByRaw(`COALESCE(e.title, e.name) ${direction}`);
        break;
      case 'overall':
        builder
          .orderBy('e.overall_rank', direction)
          .orderBy('e.score', direction);
        break;
      case 'lastAssessedAt':
        orderNullsLast(db, builder, 'e.last_assessed_at', direction);
        break;
      case 'stale': {
        const stale = ruleFlag(staleRule(staleBefore));
        builder.orderByRaw(`${stale.sql} ${direction}`, stale.bindings);
        break;
      }
      case 'owner':
      case 'system':
      case 'type':
      case 'lifecycle':
        orderNullsLast(db, builder, `e.${order.column}`, direction);
        break;
      default:
        builder.orderBy(`e.${order.column}`, direction);
    }
  }
  const byRef = 'column' in order && order.column === 'entityRef';
  const refDirection = byRef ? direction : 'asc';
  // Byte order: PostgreSQL compares with the "C" collation several times
  // faster than with a locale's, and refs are plain ASCII in practice.
  return isPostgres(db)
    ? builder.orderByRaw(`?? COLLATE "C" ${refDirection}`, ['e.entity_ref'])
    : builder.orderBy('e.entity_ref', refDirection);
}
