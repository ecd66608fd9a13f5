/** The heading of a heatmap column the API can sort on. */
export interface ColumnHeading {
  /** The `orderBy` id the API sorts on. */
  id: string;
  label: string;
  /** What `label` abbreviates, read out and shown as a tooltip. */
  fullTitle?: string;
  align?: 'right';
}

/**
 * Entity columns before the areas: what a lead reads first, kept narrow so
 * that they and the areas fit the window.
 */
export const LEADING_COLUMNS: ColumnHeading[] = [
  { id: 'name', label: 'Name' },
  { id: 'overall', label: 'Overall' },
  { id: 'score', label: 'Score', align: 'right' },
  { id: 'gap', label: 'Gap', fullTitle: 'Gap to target', align: 'right' },
];

/** Entity columns after the areas, reached by scrolling sideways. */
export const TRAILING_COLUMNS: ColumnHeading[] = [
  { id: 'lastAssessedAt', label: 'Last assessed' },
  { id: 'owner', label: 'Owner' },
  { id: 'system', label: 'System' },
  { id: 'kind', label: 'Kind' },
  { id: 'lifecycle', label: 'Lifecycle' },
];

/** What the API sorts entities by when the URL names nothing. */
export const DEFAULT_ENTITY_ORDER_BY = 'name';

/** What the API sorts groups by when the URL names nothing. */
export const DEFAULT_GROUP_ORDER_BY = 'key';
