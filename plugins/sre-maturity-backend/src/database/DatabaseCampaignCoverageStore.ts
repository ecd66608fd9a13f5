import { Knex } from 'knex';
import { addDays, optional, readJson, readNumber } from './conversions';
import {
  CampaignCoverage,
  CampaignCoverageStore,
  CoveredEntity,
  CoveredLevels,
} from './CampaignCoverageStore';
import { whereApplicability, whereOnScorecard } from './scorecardRules';
import { applyVisibility } from './scorecardSql';
import { ENTITIES, ENTITY_CRITERIA, ENTITY_TAGS, SNAPSHOTS } from './tables';
import { DayRange } from './types';

/**
 * Days of snapshots read per query: each query scans the snapshots of its
 * days, and holds a row per day and combination of levels.
 */
const DAYS_PER_QUERY = 31;

/** Matches kinds, types, lifecycles and tiers whatever their case. */
const CASE_FREE_COLUMNS = {
  kinds: 'e.kind',
  types: 'e.type',
  lifecycles: 'e.lifecycle',
  tiers: 'e.tier',
} as const;
const EXACT_COLUMNS = { owners: 'e.owner', systems: 'e.system' } as const;

function lower(values: readonly string[]): string[] {
  return values.map(value => value.toLocaleLowerCase('en-US'));
}

/** Reads campaign coverage from the plugin's database. */
export class DatabaseCampaignCoverageStore implements CampaignCoverageStore {
  constructor(private readonly db: Knex) {}

  async coveredEntities(coverage: CampaignCoverage): Promise<CoveredEntity[]> {
    const query = this.covered(coverage);
    if (coverage.withCriteria) {
      query
        .leftJoin({ c: ENTITY_CRITERIA }, 'c.entity_ref', 'e.entity_ref')
        .select('c.satisfied_criteria');
    }
    const rows = await query.select<
      {
        entity_ref: string;
        owner: string | null;
        area_levels: string;
        satisfied_criteria?: string | null;
      }[]
    >(['e.entity_ref', 'e.owner', 'e.area_levels']);
    return rows.map(row => ({
      entityRef: row.entity_ref,
      owner: optional(row.owner),
      areaRanks: readJson(row.area_levels, {}),
      satisfied: row.satisfied_criteria
        ? new Set(readJson<string[]>(row.satisfied_criteria, []))
        : undefined,
    }));
  }

  async forEachCoveredDay(
    coverage: CampaignCoverage,
    range: DayRange,
    onDay: (day: string, levels: CoveredLevels[]) => void,
  ): Promise<void> {
    for (let from = range.from; from <= range.to; ) {
      const last = addDays(from, DAYS_PER_QUERY - 1);
      const to = last < range.to ? last : range.to;
      // Most entities share their levels with many others: counted in SQL,
      // a day is a few hundred rows rather than one per entity.
      const rows: Array<{
        daily_day: string;
        area_levels: string;
        entities: unknown;
      }> = await this.db({ s: SNAPSHOTS })
        .whereBetween('s.daily_day', [from, to])
        .whereIn('s.entity_ref', this.covered(coverage).select('e.entity_ref'))
        .groupBy('s.daily_day', 's.area_levels')
        .orderBy('s.daily_day')
        .select('s.daily_day', 's.area_levels')
        .count({ entities: '*' });
      let day: CoveredLevels[] = [];
      for (const [index, row] of rows.entries()) {
        day.push({
          areaRanks: readJson(row.area_levels, {}),
          entities: readNumber(row.entities),
        });
        if (rows[index + 1]?.daily_day !== row.daily_day) {
          onDay(row.daily_day, day);
          day = [];
        }
      }
      from = addDays(to, 1);
    }
  }

  /** The covered entities on the scorecard, as a query over `e`. */
  private covered(coverage: CampaignCoverage): Knex.QueryBuilder {
    const { filter, visibility } = coverage;
    const query = this.db({ e: ENTITIES });
    whereOnScorecard(query);
    // As the scorecard: entities to which nothing applies are left out.
    whereApplicability(query, 'e.applicable');
    applyVisibility(this.db, query, 'e.entity_ref', visibility);
    for (const [key, column] of Object.entries(CASE_FREE_COLUMNS)) {
      const values = filter[key as keyof typeof CASE_FREE_COLUMNS];
      if (values?.length) {
        query.whereRaw(`LOWER(??) IN (${values.map(() => '?').join(', ')})`, [
          column,
          ...lower(values),
        ]);
      }
    }
    for (const [key, column] of Object.entries(EXACT_COLUMNS)) {
      const values = filter[key as keyof typeof EXACT_COLUMNS];
      if (values?.length) {
        query.whereIn(column, values);
      }
    }
    if (filter.tags?.length) {
      query.whereIn(
        'e.entity_ref',
        this.db(ENTITY_TAGS).select('entity_ref').whereIn('tag', filter.tags),
      );
    }
    return query;
  }
}
