import { LoggerService } from '@backstage/backend-plugin-api';
import { EntityVisibility } from '../database/types';
import { VisibleEntityStore } from '../database/VisibleEntityStore';
import {
  ViewerList,
  ViewerListStrategy,
  VISIBILITY_TTL_MS,
} from './viewerLists';

/**
 * How long a list used by one request only waits in memory for the caller's
 * next request before it is stored anyway, for the rest of its TTL.
 */
export const UNUSED_LIST_TTL_MS = 30_000;

/** The most lists waiting in memory unstored; more are stored at once. */
export const MAX_UNSTORED_LISTS = 20;

interface ListState {
  list: ViewerList;
  forget: () => void;
  firstUsedAt: number;
  uses: number;
  stored: boolean;
}

/**
 * Stores each list in the database for the caller's second request, so
 * that queries join a table instead of carrying tens of thousands of refs,
 * and the first request, which shows the rows, does not share the database
 * with the write (docs/performance.md: a conditional caller's first
 * request, 104 ms at the median instead of 207 when written beside it).
 * Until it is stored, queries carry the list.
 */
export class StoredViewerLists implements ViewerListStrategy {
  private readonly states = new WeakMap<ViewerList, ListState>();
  private readonly unstored = new Set<ListState>();
  /** The writes queued after the one running: one list at a time. */
  private writes: Promise<void> = Promise.resolve();
  private readonly visibleEntities: VisibleEntityStore;
  private readonly logger: LoggerService;
  private readonly now: () => number;

  constructor(options: {
    visibleEntities: VisibleEntityStore;
    logger: LoggerService;
    now?: () => number;
  }) {
    this.visibleEntities = options.visibleEntities;
    this.logger = options.logger;
    this.now = options.now ?? Date.now;
  }

  visibilityOf(list: ViewerList, forget: () => void): EntityVisibility {
    this.storeWaiting();
    let state = this.states.get(list);
    if (!state) {
      state = { list, forget, firstUsedAt: this.now(), uses: 0, stored: false };
      this.states.set(list, state);
      if (this.unstored.size < MAX_UNSTORED_LISTS) {
        this.unstored.add(state);
      } else {
        this.store(state);
      }
    }
    state.uses += 1;
    if (state.uses === 2 && this.unstored.has(state)) {
      this.store(state);
    }
    const { viewerId, refs } = list;
    return state.stored
      ? { type: 'viewer', viewerId }
      : { type: 'viewer', viewerId, refs };
  }

  /**
   * Writes the list in the background, after the lists queued before it:
   * lists of tens of thousands of rows written side by side took a
   * database connection each for seconds, and requests waited for one
   * (the benchmark's conditional callers got 503s). After a failed write
   * the list is forgotten, so that the caller's next request reads it anew
   * rather than hold it in memory for the whole TTL.
   */
  private store(state: ListState) {
    this.unstored.delete(state);
    this.writes = this.writes.then(() => this.write(state));
  }

  private write(state: ListState): Promise<void> {
    // A list is in use for at most the TTL; forgetting only lists twice as
    // old leaves room for the clocks of several replicas to differ.
    const now = this.now();
    return this.visibleEntities
      .save(
        state.list.viewerId,
        state.list.refs,
        new Date(now),
        new Date(now - 2 * VISIBILITY_TTL_MS),
      )
      .then(
        () => {
          state.stored = true;
          // Queries join the stored list now; this one need not stay.
          state.list.refs = [];
        },
        error => {
          state.forget();
          this.logger.warn(
            'Could not store the entities a caller may read; their next request reads them from the catalog again',
            error,
          );
        },
      );
  }

  /**
   * Stores the lists that no second request came for in time, and lets go
   * of those past their TTL, which no request can use any more.
   */
  private storeWaiting() {
    const now = this.now();
    for (const state of this.unstored) {
      if (state.firstUsedAt <= now - VISIBILITY_TTL_MS) {
        this.unstored.delete(state);
      } else if (state.firstUsedAt < now - UNUSED_LIST_TTL_MS) {
        this.store(state);
      }
    }
  }
}
