/** The heading of a heatmap column the API can sort on. */
export interface ColumnHeading {
  /** The `orderBy` id the API sorts on. */
  id: string;
  label: string;
  align?: 'right';
}

/** Entity columns before the areas. */
export const LEADING_COLUMNS: ColumnHeading[] = [
  { id: 'name', label: 'Name' },
  { id: 'kind', label: 'Kind' },
  { id: 'owner', label: 'Owner' },
  { id: 'system', label: 'System' },
  { id: 'lifecycle', label: 'Lifecycle' },
];

/** Entity columns after the areas. */
export const TRAILING_COLUMNS: ColumnHeading[] = [
  { id: 'overall', label: 'Overall' },
  { id: 'score', label: 'Score', align: 'right' },
  { id: 'gap', label: 'Gap to target', align: 'right' },
  { id: 'lastAssessedAt', label: 'Last assessed' },
];

/** What the API sorts entities by when the URL names nothing. */
export const DEFAULT_ENTITY_ORDER_BY = 'name';

/** What the API sorts groups by when the URL names nothing. */
export const DEFAULT_GROUP_ORDER_BY = 'key';
