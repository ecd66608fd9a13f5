import {
  emptyLevelCounts,
  ExemptEntity,
  GroupRow,
  LevelCounts,
  levelOfRank,
  levelRank,
  MATURITY_LEVELS,
  OrgTrendPoint,
  ScorecardRow,
  ScorecardTotals,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { listBatches } from './batches';
import {
  readAverage,
  readJson,
  readNumber,
  readTimestamp,
} from './conversions';
import { orderNullsLast } from './dialect';
import {
  EXEMPT_ENTITY_COLUMNS,
  SCORECARD_ENTITY_COLUMNS,
  ScorecardEntityRow,
  toExemptEntity,
  toScorecardRow,
} from './rows';
import {
  belowTargetRule,
  ruleFlag,
  staleRule,
  whereExempt,
} from './scorecardRules';
import { applyOrder, applySelection, applyVisibility } from './scorecardSql';
import { ScorecardStore } from './ScorecardStore';
import {
  countAggregates,
  countTotals,
  ScorecardAggregates,
} from './scorecardAggregates';
import {
  isOwnerSelection,
  StoredOwnerRollUps,
  StoredRollUp,
} from './storedOwnerRollUps';
import {
  AREA_RESULTS,
  AreaResultRow,
  ENTITIES,
  GROUPS,
  SNAPSHOTS,
} from './tables';
import {
  DayRange,
  EntityVisibility,
  ScorecardOrder,
  ScorecardSelection,
} from './types';

type Aggregates = Record<string, unknown>;

/** The kind a group's ref leaves out where the scorecard shows it. */
const GROUP_DEFAULT_KINDS = { owner: 'group', system: 'system' };

/**
 * Sorts groups by the name the scorecard shows: an owner Group's title, or
 * else the ref without its default kind and namespace (`team-a` for
 * `group:default/team-a`, `user:jo` for `user:default/jo`), so that
 * `group:default/admin` comes before `domain:default/payments`. Names
 * compare in lower case, as the databases' collations differ on case
 * (SQLite folds ASCII letters only). Groups without an owner or system come
 * last.
 */
function orderByShownName(
  query: Knex.QueryBuilder,
  columns: { key: string; title?: string },
  by: 'owner' | 'system',
  order: 'asc' | 'desc',
) {
  const { key, title } = columns;
  const kindPrefix = `${GROUP_DEFAULT_KINDS[by]}:`;
  const defaultPrefix = `${kindPrefix}default/`;
  const direction = order === 'desc' ? 'DESC' : 'ASC';
  const shownRef =
    `CASE WHEN ?? LIKE ? THEN SUBSTR(??, ${defaultPrefix.length + 1})` +
    ` WHEN ?? LIKE ? THEN SUBSTR(??, ${kindPrefix.length + 1})` +
    ` ELSE REPLACE(??, ?, ?) END`;
  const shownRefBindings = [
    key,
    `${defaultPrefix}%`,
    key,
    key,
    `${kindPrefix}%`,
    key,
    key,
    ':default/',
    ':',
  ];
  query
    .orderByRaw('?? IS NULL', [key])
    .orderByRaw(
      title
        ? `LOWER(COALESCE(??, ${shownRef})) ${direction}`
        : `LOWER(${shownRef}) ${direction}`,
      title ? [title, ...shownRefBindings] : shownRefBindings,
    )
    .orderBy(key, order);
}

/**
 * The scorecard's reads. Filtering, sorting, grouping and paging all happen
 * in SQL; at most one page of rows is held in memory (and, for the export,
 * the sorted entity refs).
 */
export class DatabaseScorecardStore implements ScorecardStore {
  private readonly storedRollUps: StoredOwnerRollUps;

  constructor(private readonly db: Knex) {
    this.storedRollUps = new StoredOwnerRollUps(db, owners =>
      this.countStoredRollUps(owners),
    );
  }

  private entities(selection: ScorecardSelection) {
    return applySelection(this.db, this.db({ e: ENTITIES }), selection);
  }

  /** `SUM(CASE ...)` per level of `column`, plus stale and below-target. */
  private levelSums(
    builder: Knex.QueryBuilder,
    column: string,
    staleBefore?: Date,
  ) {
    for (const level of MATURITY_LEVELS) {
      builder.select(
        this.db.raw('SUM(CASE WHEN ?? = ? THEN 1 ELSE 0 END) AS ??', [
          column,
          levelRank(level),
          `level_${levelRank(level)}`,
        ]),
      );
    }
    if (staleBefore) {
      const stale = ruleFlag(staleRule(staleBefore));
      const below = ruleFlag(belowTargetRule);
      builder.select(
        this.db.raw(`SUM(${stale.sql}) AS stale_count`, stale.bindings),
        this.db.raw(`SUM(${below.sql}) AS below_count`, below.bindings),
      );
    }
    return builder;
  }

  private readLevelSums(row: Aggregates): LevelCounts {
    const counts = emptyLevelCounts();
    for (const level of MATURITY_LEVELS) {
      counts[level] = readNumber(row[`level_${levelRank(level)}`]);
    }
    return counts;
  }

  /**
   * One page of rows. The sorted query carries only the entity refs, which
   * keeps deep pages cheap; the rows are read by ref afterwards.
   */
  async page(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    page: { limit: number; offset: number },
  ): Promise<ScorecardRow[]> {
    const refs = await this.orderedRefs(selection, order)
      .limit(page.limit)
      .offset(page.offset);
    return this.rowsOf(
      refs.map(row => row.ref),
      selection.staleBefore,
    );
  }

  /**
   * Every row in order, a page at a time, for the export: the sorted refs
   * are read at once, the rows page by page.
   */
  async *iterate(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    pageSize: number,
  ): AsyncGenerator<ScorecardRow[]> {
    const refs = (await this.orderedRefs(selection, order)).map(row => row.ref);
    for (let i = 0; i < refs.length; i += pageSize) {
      const rows = await this.rowsOf(
        refs.slice(i, i + pageSize),
        selection.staleBefore,
      );
      if (rows.length) {
        yield rows;
      }
    }
  }

  private orderedRefs(
    selection: ScorecardSelection,
    order: ScorecardOrder,
  ): Knex.QueryBuilder<any, Array<{ ref: string }>> {
    const query = this.entities(selection).select({ ref: 'e.entity_ref' });
    return applyOrder(this.db, query, order, selection.staleBefore);
  }

  /** The rows of these entities in this order; entities gone meanwhile are left out. */
  private async rowsOf(
    refs: string[],
    staleBefore: Date,
  ): Promise<ScorecardRow[]> {
    const stale = ruleFlag(staleRule(staleBefore));
    const rowsByRef = new Map<string, ScorecardEntityRow>();
    const areasByRef = new Map<string, AreaResultRow[]>();
    for (const list of listBatches(this.db, refs)) {
      const [rows, areaRows] = await Promise.all([
        this.db({ e: ENTITIES })
          .whereIn('e.entity_ref', list)
          .select(SCORECARD_ENTITY_COLUMNS.map(column => `e.${column}`))
          .select<ScorecardEntityRow[]>(
            this.db.raw(`${stale.sql} AS stale`, stale.bindings),
          ),
        this.db<AreaResultRow>(AREA_RESULTS).whereIn('entity_ref', list),
      ]);
      for (const row of rows) {
        rowsByRef.set(row.entity_ref, row);
      }
      for (const area of areaRows) {
        const areas = areasByRef.get(area.entity_ref) ?? [];
        areas.push(area);
        areasByRef.set(area.entity_ref, areas);
      }
    }
    return refs.flatMap(ref => {
      const row = rowsByRef.get(ref);
      return row ? [toScorecardRow(row, areasByRef.get(ref) ?? [])] : [];
    });
  }

  /**
   * The facet counts, each with every filter but its own, and the totals of
   * the selection.
   */
  async aggregates(
    selection: ScorecardSelection,
  ): Promise<ScorecardAggregates> {
    return countAggregates(this.db, selection);
  }

  /**
   * Only the totals of the selection: one grouping by phase instead of the
   * counts of every facet, for a page that shows its rows before the counts
   * of its filters.
   */
  async totals(selection: ScorecardSelection): Promise<ScorecardTotals> {
    return countTotals(this.db, selection);
  }

  /** Per group of `column`: count, average score and level sums. */
  private groupedQuery(selection: ScorecardSelection, column: string) {
    const query = this.entities(selection)
      .select({ key: column })
      .count({ entities: '*' })
      .avg({ average: 'e.score' })
      .sum({ score_sum: 'e.score' })
      .groupBy(column);
    return this.levelSums(query, 'e.overall_rank', selection.staleBefore);
  }

  private toGroupRow(
    row: Aggregates,
    areas: Map<string | null, Record<string, LevelCounts>>,
  ): GroupRow {
    const key = (row.key ?? null) as string | null;
    const title = row.title as string | null | undefined;
    const entities = readNumber(row.entities);
    return {
      key,
      ...(title && { title }),
      entities,
      // From the sum, as stored roll-ups do: drivers round averages apart.
      averageScore: readAverage(readNumber(row.score_sum) / entities),
      overall: this.readLevelSums(row),
      areas: areas.get(key) ?? {},
      stale: readNumber(row.stale_count),
      belowTarget: readNumber(row.below_count),
    };
  }

  /** Roll-ups per owner or system, one page of groups at a time. */
  async groups(
    selection: ScorecardSelection,
    options: {
      by: 'owner' | 'system';
      orderBy: 'key' | 'entities' | 'averageScore';
      order: 'asc' | 'desc';
      limit: number;
      offset: number;
    },
  ): Promise<{ items: GroupRow[]; totalItems: number }> {
    const column = `e.${options.by}`;
    const query = this.db
      .from(this.groupedQuery(selection, column).as('r'))
      .select('r.*');
    // An owner row takes the title of its Group, as the last sync read it.
    const titled = options.by === 'owner';
    if (titled) {
      query
        .leftJoin({ g: GROUPS }, 'g.entity_ref', 'r.key')
        .select({ title: 'g.title' });
    }
    if (options.orderBy === 'key') {
      orderByShownName(
        query,
        { key: 'r.key', ...(titled && { title: 'g.title' }) },
        options.by,
        options.order,
      );
    } else {
      query.orderBy(
        options.orderBy === 'entities' ? 'r.entities' : 'r.average',
        options.order,
      );
      orderNullsLast(this.db, query, 'r.key', 'asc');
    }

    const [rows, [{ count }]]: [Aggregates[], Aggregates[]] = await Promise.all(
      [
        query.limit(options.limit).offset(options.offset),
        this.db
          .from(this.entities(selection).select(column).groupBy(column).as('g'))
          .count({ count: '*' }),
      ],
    );

    const areas = await this.areaDistribution(selection, {
      column,
      keys: rows.map(row => (row.key ?? null) as string | null),
    });
    return {
      totalItems: readNumber(count),
      items: rows.map(row => this.toGroupRow(row, areas)),
    };
  }

  /**
   * Roll-ups of the owners the selection's owner filter lists that own
   * selected entities, in no order: read from those stored when an owner
   * filter is all the selection has, else counted.
   */
  async ownerRollUps(selection: ScorecardSelection): Promise<GroupRow[]> {
    const owners = selection.filter.owner ?? [];
    if (!owners.length) {
      return [];
    }
    if (isOwnerSelection(selection)) {
      return this.storedRollUps.read(owners, selection.staleBefore);
    }
    // Known beforehand, the owners let the two groupings run side by side.
    const [rows, areas] = await Promise.all([
      this.groupedQuery(selection, 'e.owner') as Promise<Aggregates[]>,
      this.areaDistribution(selection, { column: 'e.owner', keys: owners }),
    ]);
    return rows.map(row => this.toGroupRow(row, areas));
  }

  refreshOwnerRollUps(): Promise<number> {
    return this.storedRollUps.refresh();
  }

  /** Starts a refresh of the owner roll-ups in the background. */
  refreshOwnerRollUpsSoon(): void {
    this.storedRollUps.refreshSoon();
  }

  /**
   * The roll-ups to store of the owners: those of an owner filter alone,
   * with the oldest answers of the answered entities in place of a count
   * of stale ones. The area levels are counted from each entity's row
   * rather than joined from the area results: PostgreSQL would scan all
   * of those to recount one owner.
   */
  private async countStoredRollUps(
    owners: readonly string[],
  ): Promise<Map<string, StoredRollUp>> {
    const selection: ScorecardSelection = {
      filter: { owner: [...owners] },
      visibility: { type: 'all' },
      staleBefore: new Date(0),
    };
    const [rows, entities] = await Promise.all([
      this.groupedQuery(selection, 'e.owner') as Promise<Aggregates[]>,
      this.entities(selection).select({
        owner: 'e.owner',
        oldestAnswerAt: 'e.oldest_answer_at',
        areaLevels: 'e.area_levels',
      }) as Promise<Aggregates[]>,
    ]);
    const rollUps = new Map<string, StoredRollUp>();
    for (const row of rows) {
      const {
        key,
        entities: count,
        overall,
        belowTarget,
      } = this.toGroupRow(row, new Map());
      rollUps.set(key!, {
        entities: count,
        scoreSum: readNumber(row.score_sum),
        overall,
        areas: {},
        belowTarget,
        oldestAnswers: [],
      });
    }
    for (const entity of entities) {
      const rollUp = rollUps.get(String(entity.owner));
      if (!rollUp) {
        continue;
      }
      const levels = readJson<Record<string, number>>(
        entity.areaLevels as string,
        {},
      );
      for (const [areaId, rank] of Object.entries(levels)) {
        rollUp.areas[areaId] = rollUp.areas[areaId] ?? emptyLevelCounts();
        rollUp.areas[areaId][levelOfRank(rank)] += 1;
      }
      const oldest = readTimestamp(entity.oldestAnswerAt as string | null);
      if (oldest) {
        rollUp.oldestAnswers.push(Date.parse(oldest));
      }
    }
    for (const rollUp of rollUps.values()) {
      rollUp.oldestAnswers.sort((a, b) => a - b);
    }
    return rollUps;
  }

  /**
   * How many of the selected entities are at each level, per area; within
   * each group when `group` is given.
   */
  private async areaDistribution(
    selection: ScorecardSelection,
    group?: { column: string; keys: Array<string | null> },
  ): Promise<Map<string | null, Record<string, LevelCounts>>> {
    const result = new Map<string | null, Record<string, LevelCounts>>();
    const query = this.entities(selection)
      .join({ sa: AREA_RESULTS }, 'sa.entity_ref', 'e.entity_ref')
      // Areas that do not apply to an entity are not counted in it.
      .where('sa.applicable', true)
      .select({ area: 'sa.area_id', rank: 'sa.level_rank' })
      .count({ count: '*' })
      .groupBy('sa.area_id', 'sa.level_rank');
    if (group) {
      const { column, keys } = group;
      if (!keys.length) {
        return result;
      }
      const named = keys.filter((k): k is string => k !== null);
      query
        .where(q => {
          if (named.length) {
            q.whereIn(column, named);
          }
          if (named.length < keys.length) {
            q.orWhereNull(column);
          }
        })
        .select({ key: column })
        .groupBy(column);
    }
    const rows: Aggregates[] = await query;
    for (const row of rows) {
      const key = (row.key ?? null) as string | null;
      const byArea = result.get(key) ?? {};
      const area = String(row.area);
      byArea[area] = byArea[area] ?? emptyLevelCounts();
      byArea[area][levelOfRank(readNumber(row.rank))] += readNumber(row.count);
      result.set(key, byArea);
    }
    return result;
  }

  /** How many of the selected entities are at each level, per area. */
  async areas(
    selection: ScorecardSelection,
  ): Promise<Record<string, LevelCounts>> {
    return (await this.areaDistribution(selection)).get(null) ?? {};
  }

  /**
   * The exempt entities the caller may see, one page at a time, by owner
   * (entities without one last), then by ref.
   */
  async exempt(
    visibility: EntityVisibility,
    page: { limit: number; offset: number },
  ): Promise<{ items: ExemptEntity[]; totalItems: number }> {
    const entities = () =>
      applyVisibility(
        this.db,
        whereExempt(this.db({ e: ENTITIES })),
        'e.entity_ref',
        visibility,
      );
    const query = entities().select(
      EXEMPT_ENTITY_COLUMNS.map(column => `e.${column}`),
    );
    orderNullsLast(this.db, query, 'e.owner', 'asc');
    query.orderBy('e.entity_ref', 'asc');
    const [rows, [{ count }]] = await Promise.all([
      query.limit(page.limit).offset(page.offset),
      entities().count({ count: '*' }),
    ]);
    return {
      items: rows.map(toExemptEntity),
      totalItems: readNumber(count),
    };
  }

  /**
   * Per day, the daily snapshots of the entities the selection picks now.
   */
  async trend(
    selection: ScorecardSelection,
    range: DayRange,
  ): Promise<OrgTrendPoint[]> {
    const query = applySelection(
      this.db,
      this.db({ s: SNAPSHOTS }).join(
        { e: ENTITIES },
        'e.entity_ref',
        's.entity_ref',
      ),
      selection,
    )
      .whereBetween('s.daily_day', [range.from, range.to])
      .select({ day: 's.daily_day' })
      .count({ count: '*' })
      .avg({ average: 's.score' })
      .groupBy('s.daily_day')
      .orderBy('s.daily_day', 'asc');
    const rows: Aggregates[] = await this.levelSums(query, 's.overall_rank');
    return rows.map(row => ({
      day: String(row.day),
      entities: readNumber(row.count),
      averageScore: readAverage(row.average),
      byPhase: this.readLevelSums(row),
    }));
  }
}
