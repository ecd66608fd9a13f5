// The HTTP layer checks `orderBy` against this list and the SQL sorts by
// it: it lives apart from both so that each may import it.

/** The fixed scorecard columns that can be sorted on; area ids come on top. */
export const SORTABLE_COLUMNS = [
  'entityRef',
  'kind',
  'namespace',
  'name',
  'title',
  'owner',
  'system',
  'type',
  'lifecycle',
  'overall',
  'score',
  'gap',
  'lastAssessedAt',
  'stale',
] as const;

export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
