import {
  emptyLevelCounts,
  FacetCount,
  levelOfRank,
  ScorecardFacets,
  ScorecardTotals,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { readAverage, readNumber } from './conversions';
import { isPostgres } from './dialect';
import {
  applySelection,
  applyVisibility,
  COLUMN_FACETS,
  ColumnFacet,
  columnFilterValues,
  filtersEntities,
} from './scorecardSql';
import {
  belowTargetRule,
  SqlFragment,
  staleRule,
  whereApplicability,
} from './scorecardRules';
import { ENTITIES, ENTITY_TAGS } from './tables';
import { ScorecardSelection } from './types';

/** What the scorecard shows about a selection besides its rows. */
export interface ScorecardAggregates {
  facets: ScorecardFacets;
  totals: ScorecardTotals;
}

/** The most values returned per facet. */
const MAX_FACET_VALUES = 200;

const FACETS = Object.keys(COLUMN_FACETS) as ColumnFacet[];

/**
 * One group of a column facet: the entities matching every filter but the
 * facet's own that have `value`. Phase groups also carry the sums that the
 * totals are made of.
 */
interface Group {
  facet: ColumnFacet;
  value: unknown;
  count: number;
  scoreSum: number;
  stale: number;
  belowTarget: number;
}

type Row = Record<string, unknown>;

/** `CASE WHEN` every condition `THEN value ELSE 0 END`, or just the value. */
function whenAll(conditions: SqlFragment[], value: SqlFragment): SqlFragment {
  return conditions.length
    ? {
        sql: `CASE WHEN ${conditions.map(c => c.sql).join(' AND ')} THEN ${
          value.sql
        } ELSE 0 END`,
        bindings: [...conditions.flatMap(c => c.bindings), ...value.bindings],
      }
    : value;
}

/** The filter conditions of the column facets, by facet. */
function facetConditions(
  selection: ScorecardSelection,
): Map<ColumnFacet, SqlFragment> {
  const conditions = new Map<ColumnFacet, SqlFragment>();
  for (const facet of FACETS) {
    const values = columnFilterValues(selection, facet);
    if (values.length) {
      conditions.set(facet, {
        sql: `?? IN (${values.map(() => '?').join(', ')})`,
        bindings: [COLUMN_FACETS[facet], ...values],
      });
    }
  }
  return conditions;
}

/** The sums behind the totals, over the entities matching `conditions`. */
function totalSums(
  selection: ScorecardSelection,
  conditions: SqlFragment[],
): SqlFragment[] {
  const one = { sql: '1', bindings: [] };
  const sum = (extra: SqlFragment, alias: string): SqlFragment => {
    const inner = whenAll([...conditions, extra], one);
    return { sql: `SUM(${inner.sql}) AS ${alias}`, bindings: inner.bindings };
  };
  const score = whenAll(conditions, { sql: 'e.score', bindings: [] });
  return [
    { sql: `SUM(${score.sql}) AS score_sum`, bindings: score.bindings },
    sum(staleRule(selection.staleBefore).holds, 'stale_sum'),
    sum(belowTargetRule.holds, 'below_sum'),
  ];
}

function toGroup(facet: ColumnFacet, row: Row, count: unknown): Group {
  return {
    facet,
    value: row.value,
    count: readNumber(count),
    scoreSum: readNumber(row.score_sum),
    stale: readNumber(row.stale_sum),
    belowTarget: readNumber(row.below_sum),
  };
}

/**
 * PostgreSQL counts every column facet in one scan with grouping sets; each
 * facet's count leaves out its own filter by counting conditionally.
 */
async function groupInOneScan(
  db: Knex,
  selection: ScorecardSelection,
): Promise<Group[]> {
  const conditions = facetConditions(selection);
  const othersThan = (facet: ColumnFacet) =>
    [...conditions].filter(([f]) => f !== facet).map(([, c]) => c);
  const parts: SqlFragment[] = [
    ...FACETS.map((facet, i) => ({
      sql: `?? AS v${i}, GROUPING(??) AS g${i}`,
      bindings: [COLUMN_FACETS[facet], COLUMN_FACETS[facet]],
    })),
    ...FACETS.map((facet, i) => {
      const count = whenAll(othersThan(facet), { sql: '1', bindings: [] });
      return { sql: `SUM(${count.sql}) AS n${i}`, bindings: count.bindings };
    }),
    ...totalSums(selection, othersThan('phase')),
  ];
  const rows: Row[] = await applySelection(
    db,
    db({ e: ENTITIES }),
    selection,
    FACETS,
  )
    .select(
      db.raw(
        parts.map(p => p.sql).join(', '),
        parts.flatMap(p => p.bindings),
      ),
    )
    .groupByRaw(
      `GROUPING SETS (${FACETS.map(() => '(??)').join(', ')})`,
      FACETS.map(facet => COLUMN_FACETS[facet]),
    );
  return rows.map(row => {
    const i = FACETS.findIndex((_, j) => Number(row[`g${j}`]) === 0);
    return toGroup(FACETS[i], { ...row, value: row[`v${i}`] }, row[`n${i}`]);
  });
}

/**
 * The groups of one facet. Those of the phase facet carry the sums of the
 * totals too.
 */
async function groupFacet(
  db: Knex,
  selection: ScorecardSelection,
  facet: ColumnFacet,
): Promise<Group[]> {
  const column = COLUMN_FACETS[facet];
  const query = applySelection(db, db({ e: ENTITIES }), selection, [facet])
    .select({ value: column })
    .count({ count: '*' })
    .groupBy(column);
  if (facet === 'phase') {
    const sums = totalSums(selection, []);
    query.select(
      db.raw(
        sums.map(s => s.sql).join(', '),
        sums.flatMap(s => s.bindings),
      ),
    );
  }
  const rows: Row[] = await query;
  return rows.map(row => toGroup(facet, row, row.count));
}

/** The other databases count one facet per query. */
async function groupPerFacet(
  db: Knex,
  selection: ScorecardSelection,
): Promise<Group[]> {
  const groups = await Promise.all(
    FACETS.map(facet => groupFacet(db, selection, facet)),
  );
  return groups.flat();
}

/**
 * The tag table holds the tags of the scorecard's entities only (the store
 * writes no others) with whether anything applies to them, so without other
 * filters it is counted alone: the join with the entities took three times
 * as long at 50,000 entities.
 */
async function countTags(
  db: Knex,
  selection: ScorecardSelection,
): Promise<FacetCount[]> {
  const query = filtersEntities(selection, ['tag'])
    ? applySelection(
        db,
        db({ e: ENTITIES }).join(
          { t: ENTITY_TAGS },
          't.entity_ref',
          'e.entity_ref',
        ),
        selection,
        ['tag'],
      )
    : whereApplicability(
        applyVisibility(
          db,
          db({ t: ENTITY_TAGS }),
          't.entity_ref',
          selection.visibility,
        ),
        't.applicable',
        selection.filter.applicability,
      );
  const rows: Row[] = await query
    .select({ value: 't.tag' })
    .count({ count: '*' })
    .groupBy('t.tag');
  return topValues(
    rows.map(row => ({ value: row.value, count: readNumber(row.count) })),
  ).map(({ value, count }) => ({ value: String(value), count }));
}

/** Most frequent first, then by value; no empty values. */
function topValues<T extends { value: unknown; count: number }>(
  groups: T[],
): T[] {
  const byValue = (a: unknown, b: unknown) => {
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    const [x, y] = [String(a), String(b)];
    return x < y ? -1 : Number(x > y);
  };
  return groups
    .filter(g => g.value !== null && g.value !== undefined && g.count > 0)
    .sort((a, b) => b.count - a.count || byValue(a.value, b.value))
    .slice(0, MAX_FACET_VALUES);
}

/**
 * How many entities the selection's other filters pick to which nothing
 * applies, whatever its `applicability`.
 */
async function countNothingApplies(
  db: Knex,
  selection: ScorecardSelection,
): Promise<number> {
  const none: ScorecardSelection = {
    ...selection,
    filter: { ...selection.filter, applicability: 'none' },
  };
  const [{ count }]: Row[] = await applySelection(
    db,
    db({ e: ENTITIES }),
    none,
  ).count({ count: '*' });
  return readNumber(count);
}

function totalsOf(
  selection: ScorecardSelection,
  phaseGroups: Group[],
  nothingApplies: number,
): ScorecardTotals {
  const ranks = columnFilterValues(selection, 'phase');
  const selected = phaseGroups.filter(
    g => !ranks.length || ranks.includes(readNumber(g.value)),
  );
  const sum = (pick: (g: Group) => number) =>
    selected.reduce((total, g) => total + pick(g), 0);
  const entities = sum(g => g.count);
  const byPhase = emptyLevelCounts();
  for (const group of selected) {
    byPhase[levelOfRank(readNumber(group.value))] += group.count;
  }
  return {
    entities,
    nothingApplies,
    averageScore: entities ? readAverage(sum(g => g.scoreSum) / entities) : 0,
    byPhase,
    stale: sum(g => g.stale),
    belowTarget: sum(g => g.belowTarget),
  };
}

/**
 * The facet counts, each with every filter but its own, and the totals of
 * the selection. The totals come from the phase facet's groups: those of
 * the phases the filter selects.
 */
export async function countAggregates(
  db: Knex,
  selection: ScorecardSelection,
): Promise<ScorecardAggregates> {
  const [groups, tag, nothingApplies] = await Promise.all([
    isPostgres(db)
      ? groupInOneScan(db, selection)
      : groupPerFacet(db, selection),
    countTags(db, selection),
    countNothingApplies(db, selection),
  ]);
  const of = (facet: ColumnFacet) => groups.filter(g => g.facet === facet);
  const counts = (facet: ColumnFacet) =>
    topValues(of(facet)).map(({ value, count }) => ({
      value: facet === 'phase' ? levelOfRank(readNumber(value)) : String(value),
      count,
    }));
  return {
    facets: {
      owner: counts('owner'),
      system: counts('system'),
      kind: counts('kind'),
      type: counts('type'),
      lifecycle: counts('lifecycle'),
      phase: counts('phase'),
      tag,
    },
    totals: totalsOf(selection, of('phase'), nothingApplies),
  };
}

/** Only the totals of the selection: one grouping by phase. */
export async function countTotals(
  db: Knex,
  selection: ScorecardSelection,
): Promise<ScorecardTotals> {
  const [groups, nothingApplies] = await Promise.all([
    groupFacet(db, selection, 'phase'),
    countNothingApplies(db, selection),
  ]);
  return totalsOf(selection, groups, nothingApplies);
}
