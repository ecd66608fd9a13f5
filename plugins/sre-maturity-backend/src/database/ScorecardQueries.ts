import { levelRank } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { emptyLevelCounts, LEVELS, levelOfRank } from '../assessment/levels';
import { readNumber } from './conversions';
import { toScorecardRow } from './rows';
import { applyOrder, applySelection } from './scorecardSql';
import {
  AREA_RESULTS,
  AreaResultRow,
  ENTITIES,
  ENTITY_TAGS,
  EntityRow,
  SNAPSHOTS,
} from './tables';
import {
  Facet,
  FacetCount,
  GroupRow,
  LevelCounts,
  OrgTrendPoint,
  ScorecardOrder,
  ScorecardRow,
  ScorecardSelection,
  ScorecardTotals,
} from './types';

/** The most values returned per facet. */
const MAX_FACET_VALUES = 200;

const FACET_COLUMNS: Record<Exclude<Facet, 'tag' | 'phase'>, string> = {
  owner: 'e.owner',
  system: 'e.system',
  kind: 'e.kind',
  type: 'e.type',
  lifecycle: 'e.lifecycle',
};

type Aggregates = Record<string, unknown>;

/** Averages come back as strings or floats; the API shows one decimal. */
function readAverage(value: unknown): number {
  return Math.round(readNumber(value) * 10) / 10;
}

/**
 * The scorecard's reads. Filtering, sorting, grouping and paging all happen
 * in SQL; only one page of rows is ever held in memory.
 */
export class ScorecardQueries {
  constructor(private readonly db: Knex) {}

  private entities(selection: ScorecardSelection, except?: Facet) {
    return applySelection(this.db, this.db({ e: ENTITIES }), selection, except);
  }

  /** `SUM(CASE ...)` per level of `column`, plus stale and below-target. */
  private levelSums(
    builder: Knex.QueryBuilder,
    column: string,
    staleBefore?: Date,
  ) {
    for (const level of LEVELS) {
      builder.select(
        this.db.raw('SUM(CASE WHEN ?? = ? THEN 1 ELSE 0 END) AS ??', [
          column,
          levelRank(level),
          `level_${levelRank(level)}`,
        ]),
      );
    }
    if (staleBefore) {
      builder.select(
        this.db.raw(
          'SUM(CASE WHEN e.oldest_answer_at < ? THEN 1 ELSE 0 END) AS stale_count',
          [staleBefore],
        ),
      );
      builder.select(
        this.db.raw(
          'SUM(CASE WHEN e.gap > 0 THEN 1 ELSE 0 END) AS below_count',
        ),
      );
    }
    return builder;
  }

  private readLevelSums(row: Aggregates): LevelCounts {
    const counts = emptyLevelCounts();
    for (const level of LEVELS) {
      counts[level] = readNumber(row[`level_${levelRank(level)}`]);
    }
    return counts;
  }

  async list(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    page: { limit: number; offset: number },
  ): Promise<{ items: ScorecardRow[]; totalItems: number }> {
    const [items, [{ count }]] = await Promise.all([
      this.listPage(selection, order, page),
      this.entities(selection).count({ count: '*' }),
    ]);
    return { items, totalItems: readNumber(count) };
  }

  private async listPage(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    page: { limit: number; offset: number },
  ): Promise<ScorecardRow[]> {
    const query = this.entities(selection).select<EntityRow[]>('e.*');
    applyOrder(this.db, query, order, selection.staleBefore);
    const rows: EntityRow[] = await query.limit(page.limit).offset(page.offset);
    if (!rows.length) {
      return [];
    }
    const areaRows = await this.db<AreaResultRow>(AREA_RESULTS).whereIn(
      'entity_ref',
      rows.map(row => row.entity_ref),
    );
    const areasByRef = new Map<string, AreaResultRow[]>();
    for (const area of areaRows) {
      const list = areasByRef.get(area.entity_ref) ?? [];
      list.push(area);
      areasByRef.set(area.entity_ref, list);
    }
    return rows.map(row =>
      toScorecardRow(
        row,
        areasByRef.get(row.entity_ref) ?? [],
        selection.staleBefore,
      ),
    );
  }

  /** Every row in order, a page at a time, for the export. */
  async *iterate(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    pageSize: number,
  ): AsyncGenerator<ScorecardRow[]> {
    for (let offset = 0; ; offset += pageSize) {
      const rows = await this.listPage(selection, order, {
        limit: pageSize,
        offset,
      });
      if (rows.length) {
        yield rows;
      }
      if (rows.length < pageSize) {
        return;
      }
    }
  }

  /** Counts per value of each facet, each with all filters but its own. */
  async facets(
    selection: ScorecardSelection,
  ): Promise<Record<Facet, FacetCount[]>> {
    const counted = async (
      facet: Facet,
      valueColumn: string,
      extend: (q: Knex.QueryBuilder) => Knex.QueryBuilder = q => q,
    ): Promise<[Facet, FacetCount[]]> => {
      const rows: Aggregates[] = await extend(this.entities(selection, facet))
        .whereNotNull(valueColumn)
        .select({ value: valueColumn })
        .count({ count: '*' })
        .groupBy(valueColumn)
        .orderBy([
          { column: 'count', order: 'desc' },
          { column: 'value', order: 'asc' },
        ])
        .limit(MAX_FACET_VALUES);
      return [
        facet,
        rows.map(row => ({
          value: String(row.value),
          count: readNumber(row.count),
        })),
      ];
    };

    const results = await Promise.all([
      ...Object.entries(FACET_COLUMNS).map(([facet, column]) =>
        counted(facet as Facet, column),
      ),
      counted('tag', 't.tag', q =>
        q.join({ t: ENTITY_TAGS }, 't.entity_ref', 'e.entity_ref'),
      ),
      counted('phase', 'e.overall_rank'),
    ]);
    const facets = Object.fromEntries(results) as Record<Facet, FacetCount[]>;
    facets.phase = facets.phase.map(({ value, count }) => ({
      value: levelOfRank(Number(value)),
      count,
    }));
    return facets;
  }

  async totals(selection: ScorecardSelection): Promise<ScorecardTotals> {
    const query = this.entities(selection)
      .count({ count: '*' })
      .avg({ average: 'e.score' });
    const [row]: Aggregates[] = await this.levelSums(
      query,
      'e.overall_rank',
      selection.staleBefore,
    );
    return {
      entities: readNumber(row.count),
      averageScore: readAverage(row.average),
      byPhase: this.readLevelSums(row),
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
    const query = this.entities(selection)
      .select({ key: column })
      .count({ entities: '*' })
      .avg({ average: 'e.score' })
      .groupBy(column);
    this.levelSums(query, 'e.overall_rank', selection.staleBefore);
    if (options.orderBy === 'key') {
      query
        .orderByRaw('CASE WHEN ?? IS NULL THEN 1 ELSE 0 END', [column])
        .orderBy(column, options.order);
    } else {
      query
        .orderBy(
          options.orderBy === 'entities' ? 'entities' : 'average',
          options.order,
        )
        .orderByRaw('CASE WHEN ?? IS NULL THEN 1 ELSE 0 END', [column])
        .orderBy(column, 'asc');
    }

    const [rows, [{ count }]]: [Aggregates[], Aggregates[]] = await Promise.all(
      [
        query.limit(options.limit).offset(options.offset),
        this.db
          .from(this.entities(selection).select(column).groupBy(column).as('g'))
          .count({ count: '*' }),
      ],
    );

    const areas = await this.areaDistribution(
      selection,
      column,
      rows.map(row => (row.key ?? null) as string | null),
    );
    return {
      totalItems: readNumber(count),
      items: rows.map(row => {
        const key = (row.key ?? null) as string | null;
        return {
          key,
          entities: readNumber(row.entities),
          averageScore: readAverage(row.average),
          overall: this.readLevelSums(row),
          areas: areas.get(key) ?? {},
          stale: readNumber(row.stale_count),
          belowTarget: readNumber(row.below_count),
        };
      }),
    };
  }

  /** How many entities of each group are at each level, per area. */
  private async areaDistribution(
    selection: ScorecardSelection,
    column: string,
    keys: Array<string | null>,
  ): Promise<Map<string | null, Record<string, LevelCounts>>> {
    const result = new Map<string | null, Record<string, LevelCounts>>();
    if (!keys.length) {
      return result;
    }
    const named = keys.filter((k): k is string => k !== null);
    const rows: Aggregates[] = await this.entities(selection)
      .join({ sa: AREA_RESULTS }, 'sa.entity_ref', 'e.entity_ref')
      .where(q => {
        if (named.length) {
          q.whereIn(column, named);
        }
        if (named.length < keys.length) {
          q.orWhereNull(column);
        }
      })
      .select({ key: column, area: 'sa.area_id', rank: 'sa.level_rank' })
      .count({ count: '*' })
      .groupBy(column, 'sa.area_id', 'sa.level_rank');
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

  /**
   * Per day, the daily snapshots of the entities the selection picks now.
   */
  async trend(
    selection: ScorecardSelection,
    range: { from: string; to: string },
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
