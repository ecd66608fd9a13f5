import { TrendPoint } from '@sre-maturity/backstage-plugin-common';
import { DayRange } from './types';

/**
 * Each entity's scores per day. Writes of an entity keep its snapshot of
 * the day current; this store fills in the days without a write.
 */
export interface SnapshotStore {
  /**
   * Writes today's daily snapshot for every entity in the catalog that has
   * none yet; running it again the same day adds nothing.
   */
  takeDailySnapshots(now: Date): Promise<number>;

  /** The daily snapshots of one entity, oldest first. */
  getEntityTrend(entityRef: string, range: DayRange): Promise<TrendPoint[]>;
}
