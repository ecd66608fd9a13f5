import {
  LevelCounts,
  ScorecardTotals,
} from '@sre-maturity/backstage-plugin-common';
import { CacheService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';
import { VersionWatch } from '../cache/VersionWatch';
import { ScorecardAggregates } from './scorecardAggregates';
import { ScorecardStore } from './ScorecardStore';
import { ScorecardSelection } from './types';

/**
 * How long facet counts, totals and area distributions are reused for the
 * same selection. They cost scans of every selected entity and do not
 * depend on the sort or the page. A write makes them outdated at once:
 * each is kept with the scorecard version it was counted at, and this
 * replica learns of the versions of other replicas' writes within
 * OTHER_WRITES_CHECK_MS.
 */
export const AGGREGATES_TTL_MS = 30_000;

/**
 * How often, at most, the scorecard version is read before cached counts
 * are served: one small query per second, not one per request.
 */
const OTHER_WRITES_CHECK_MS = 1000;

const MINUTE_MS = 60_000;

/** A cached count with the scorecard version it was counted at. */
type Entry = { version: number; value: JsonValue };

/**
 * The selection with its staleness instant to the minute, so that the
 * requests of one minute share cached counts; rows are read with it too,
 * so that they agree with the counts.
 */
function toTheMinute(selection: ScorecardSelection): ScorecardSelection {
  const minutes = Math.floor(selection.staleBefore.getTime() / MINUTE_MS);
  return { ...selection, staleBefore: new Date(minutes * MINUTE_MS) };
}

function cacheKey(read: string, selection: ScorecardSelection): string {
  const { filter, visibility, staleBefore } = selection;
  // A list matches the same entities before and after it is stored.
  const { type, viewerId } = { viewerId: undefined, ...visibility };
  return JSON.stringify([read, filter, type, viewerId, staleBefore.getTime()]);
}

/**
 * A scorecard store that keeps the counts of `store` (facets, totals, area
 * distributions) in Backstage's cache service for the same selection until
 * a write changes them; rows, groups and trends are read from `store` each
 * time.
 */
export class CachingScorecardStore implements ScorecardStore {
  private readonly counting = new Map<string, Promise<unknown>>();
  private readonly versions: VersionWatch;

  constructor(
    private readonly store: ScorecardStore,
    private readonly cache: CacheService,
    /** Reads the scorecard version, which every write adds to. */
    readVersion: () => Promise<number>,
  ) {
    this.versions = new VersionWatch({
      read: readVersion,
      intervalMs: OTHER_WRITES_CHECK_MS,
    });
  }

  /** After a write of this replica, with the scorecard version it made. */
  invalidate(version: number) {
    this.versions.observe(version);
  }

  page(selection: ScorecardSelection, ...rest: AfterSelection<'page'>) {
    return this.store.page(toTheMinute(selection), ...rest);
  }

  iterate(selection: ScorecardSelection, ...rest: AfterSelection<'iterate'>) {
    return this.store.iterate(toTheMinute(selection), ...rest);
  }

  groups(selection: ScorecardSelection, ...rest: AfterSelection<'groups'>) {
    return this.store.groups(toTheMinute(selection), ...rest);
  }

  ownerRollUps(selection: ScorecardSelection) {
    return this.store.ownerRollUps(toTheMinute(selection));
  }

  refreshOwnerRollUps() {
    return this.store.refreshOwnerRollUps();
  }

  trend(selection: ScorecardSelection, ...rest: AfterSelection<'trend'>) {
    return this.store.trend(toTheMinute(selection), ...rest);
  }

  exempt(...args: Parameters<ScorecardStore['exempt']>) {
    return this.store.exempt(...args);
  }

  aggregates(selection: ScorecardSelection): Promise<ScorecardAggregates> {
    return this.counted('aggregates', selection, s => this.store.aggregates(s));
  }

  totals(selection: ScorecardSelection): Promise<ScorecardTotals> {
    return this.counted('totals', selection, s => this.store.totals(s));
  }

  areas(selection: ScorecardSelection): Promise<Record<string, LevelCounts>> {
    return this.counted('areas', selection, s => this.store.areas(s));
  }

  /**
   * The cached counts of `read` if counted at the current version or a
   * later one; else counted now, concurrent callers sharing one count.
   */
  private async counted<T>(
    read: string,
    selection: ScorecardSelection,
    count: (selection: ScorecardSelection) => Promise<T>,
  ): Promise<T> {
    await this.versions.check();
    const version = this.versions.version ?? 0;
    const rounded = toTheMinute(selection);
    const key = cacheKey(read, rounded);
    const cached = (await this.cache.get(key)) as Entry | undefined;
    if (cached && cached.version >= version) {
      return cached.value as T;
    }
    const countKey = `${version}:${key}`;
    let counting = this.counting.get(countKey) as Promise<T> | undefined;
    if (!counting) {
      counting = count(rounded).then(async value => {
        const entry: Entry = { version, value: value as JsonValue };
        await this.cache.set(key, entry, { ttl: AGGREGATES_TTL_MS });
        return value;
      });
      this.counting.set(countKey, counting);
      const done = () => this.counting.delete(countKey);
      counting.then(done, done);
    }
    return counting;
  }
}

/** The parameters of a scorecard store method after the selection. */
type AfterSelection<M extends keyof ScorecardStore> = Parameters<
  ScorecardStore[M]
> extends [ScorecardSelection, ...infer Rest]
  ? Rest
  : never;
