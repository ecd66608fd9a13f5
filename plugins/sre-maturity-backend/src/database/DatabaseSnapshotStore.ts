import { TrendPoint } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { insertBatches } from './batches';
import { utcDay } from './conversions';
import { toTrendPoint } from './rows';
import { SnapshotStore } from './SnapshotStore';
import { ENTITIES, EntityRow, SNAPSHOTS, SnapshotRow } from './tables';
import { DayRange } from './types';

/** Keeps the daily snapshots in the plugin's database. */
export class DatabaseSnapshotStore implements SnapshotStore {
  constructor(private readonly db: Knex) {}

  async takeDailySnapshots(now: Date): Promise<number> {
    const day = utcDay(now);
    const pageSize = 1000;
    let written = 0;
    for (;;) {
      const rows = await this.db({ e: ENTITIES })
        .where('e.in_catalog', true)
        .whereNotExists(
          this.db({ s: SNAPSHOTS })
            .select(this.db.raw('1'))
            .whereRaw('?? = ??', ['s.entity_ref', 'e.entity_ref'])
            .where('s.daily_day', day),
        )
        .orderBy('e.entity_ref')
        .limit(pageSize)
        .select<
          Pick<
            EntityRow,
            'entity_ref' | 'overall_rank' | 'score' | 'area_levels'
          >[]
        >('e.entity_ref', 'e.overall_rank', 'e.score', 'e.area_levels');
      if (!rows.length) {
        return written;
      }
      const snapshots = rows.map(row => ({
        entity_ref: row.entity_ref,
        taken_at: now,
        day,
        daily_day: day,
        reason: 'daily',
        overall_rank: row.overall_rank,
        score: row.score,
        area_levels: row.area_levels,
      }));
      for (const batch of insertBatches(this.db, snapshots)) {
        await this.db(SNAPSHOTS)
          .insert(batch)
          .onConflict(['entity_ref', 'daily_day'])
          .ignore();
      }
      written += rows.length;
      if (rows.length < pageSize) {
        return written;
      }
    }
  }

  async getEntityTrend(
    entityRef: string,
    range: DayRange,
  ): Promise<TrendPoint[]> {
    const rows = await this.db<SnapshotRow>(SNAPSHOTS)
      .where('entity_ref', entityRef)
      .whereBetween('daily_day', [range.from, range.to])
      .orderBy('daily_day', 'asc');
    return rows.map(toTrendPoint);
  }
}
