import { EntityVisibility } from '../database/types';

/**
 * How long the list of entities a conditionally allowed caller may read is
 * reused. Reading it pages through the caller's whole catalog view, which
 * takes seconds for tens of thousands of entities; a scorecard session makes
 * many requests. Permission changes are not delayed by it: the list is kept
 * per caller and per conditions, so new conditions make a new list.
 */
export const VISIBILITY_TTL_MS = 5 * 60 * 1000;

/** The entities a conditionally allowed caller may read, as the catalog listed them. */
export interface ViewerList {
  viewerId: string;
  /** A strategy that stores the list may let go of the refs then. */
  refs: readonly string[];
}

/**
 * How the scorecard's queries get a conditionally allowed caller's list.
 * The default, {@link listInQueries}, passes the list with every query;
 * {@link StoredViewerLists} stores it in the database for the queries to
 * join, which is faster where the benchmark measured it (PostgreSQL).
 */
export interface ViewerListStrategy {
  /**
   * The visibility for one request of the caller whose list this is;
   * `forget` makes their next request read the list from the catalog anew.
   */
  visibilityOf(list: ViewerList, forget: () => void): EntityVisibility;
}

/** The default: every query carries the caller's list. */
export const listInQueries: ViewerListStrategy = {
  visibilityOf: ({ viewerId, refs }) => ({
    type: 'viewer',
    viewerId,
    refs,
  }),
};
