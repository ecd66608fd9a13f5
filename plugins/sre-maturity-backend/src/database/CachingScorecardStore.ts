import { ExpiringCache } from '../cache/ExpiringCache';
import { VersionWatch } from '../cache/VersionWatch';
import { ScorecardAggregates } from './scorecardAggregates';
import { ScorecardStore } from './ScorecardStore';
import { LevelCounts, ScorecardSelection, ScorecardTotals } from './types';

/**
 * How long facet counts, totals and area distributions are reused for the
 * same selection. They cost scans of every selected entity and do not
 * depend on the sort or the page. They are forgotten on every write of
 * this replica, and on the writes of other replicas, learnt of from the
 * scorecard version within OTHER_WRITES_CHECK_MS.
 */
export const AGGREGATES_TTL_MS = 30_000;

/**
 * How often, at most, the scorecard version is read before cached counts
 * are served: one small query per second, not one per request.
 */
const OTHER_WRITES_CHECK_MS = 1000;

function selectionKey(selection: ScorecardSelection): string {
  const { filter, visibility, staleBefore } = selection;
  // A list matches the same entities before and after it is stored.
  const { type, viewerId } = { viewerId: undefined, ...visibility };
  return JSON.stringify([filter, type, viewerId, staleBefore.getTime()]);
}

/**
 * A scorecard store that reuses the counts of `store` (facets, totals,
 * area distributions) for the same selection until a write changes them;
 * rows, groups and trends are read from `store` each time.
 */
export class CachingScorecardStore implements ScorecardStore {
  private readonly cachedAggregates = new ExpiringCache<ScorecardAggregates>({
    ttlMs: AGGREGATES_TTL_MS,
    maxEntries: 200,
  });
  private readonly cachedTotals = new ExpiringCache<ScorecardTotals>({
    ttlMs: AGGREGATES_TTL_MS,
    maxEntries: 200,
  });
  private readonly cachedAreas = new ExpiringCache<Record<string, LevelCounts>>(
    { ttlMs: AGGREGATES_TTL_MS, maxEntries: 200 },
  );
  private readonly otherWrites: VersionWatch;

  constructor(
    private readonly store: ScorecardStore,
    /** Reads the scorecard version, which every write adds to. */
    readVersion: () => Promise<number>,
  ) {
    this.otherWrites = new VersionWatch({
      read: readVersion,
      onChange: () => this.invalidate(),
      intervalMs: OTHER_WRITES_CHECK_MS,
    });
  }

  /**
   * Forgets the cached counts, after a write; given the scorecard version
   * the write made, one reading of it needs not forget them again.
   */
  invalidate(version?: number) {
    this.cachedAggregates.clear();
    this.cachedTotals.clear();
    this.cachedAreas.clear();
    if (version !== undefined) {
      this.otherWrites.observe(version);
    }
  }

  page(...args: Parameters<ScorecardStore['page']>) {
    return this.store.page(...args);
  }

  iterate(...args: Parameters<ScorecardStore['iterate']>) {
    return this.store.iterate(...args);
  }

  groups(...args: Parameters<ScorecardStore['groups']>) {
    return this.store.groups(...args);
  }

  trend(...args: Parameters<ScorecardStore['trend']>) {
    return this.store.trend(...args);
  }

  async aggregates(
    selection: ScorecardSelection,
  ): Promise<ScorecardAggregates> {
    await this.otherWrites.check();
    return this.cachedAggregates.get(selectionKey(selection), () =>
      this.store.aggregates(selection),
    );
  }

  async totals(selection: ScorecardSelection): Promise<ScorecardTotals> {
    await this.otherWrites.check();
    return this.cachedTotals.get(selectionKey(selection), () =>
      this.store.totals(selection),
    );
  }

  async areas(
    selection: ScorecardSelection,
  ): Promise<Record<string, LevelCounts>> {
    await this.otherWrites.check();
    return this.cachedAreas.get(selectionKey(selection), () =>
      this.store.areas(selection),
    );
  }
}
