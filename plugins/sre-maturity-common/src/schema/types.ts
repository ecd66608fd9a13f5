import type { components, operations } from './generated/openapi';

// Names for the types of the backend's API, generated from its spec
// (plugins/sre-maturity-backend/src/schema/openapi.yaml). The backend
// answers with them and the frontend's client reads them.

type Schemas = components['schemas'];
type QueryOf<Id extends keyof operations> = NonNullable<
  operations[Id]['parameters']['query']
>;

/**
 * The effective model and how old an answer may get before it is stale.
 *
 * @public
 */
export type ModelResponse = Schemas['ModelResponse'];

/**
 * The catalog fields shown with an assessment.
 *
 * @public
 */
export type EntitySummary = Schemas['EntitySummary'];

/**
 * One entity's assessment, with the revision the next update must carry.
 *
 * @public
 */
export type EntityAssessment = Schemas['EntityAssessment'];

/**
 * Answers saved together, all or none, based on `revision`.
 *
 * @public
 */
export type AssessmentUpdateRequest = Schemas['AssessmentUpdateRequest'];

/**
 * One answer change in an entity's history.
 *
 * @public
 */
export type HistoryEvent = Schemas['HistoryEvent'];

/**
 * One page of history, newest first; `nextCursor` is absent on the last.
 *
 * @public
 */
export type HistoryPage = Schemas['HistoryPage'];

/**
 * Page and criterion of an entity's history.
 *
 * @public
 */
export type HistoryQuery = QueryOf<'GetAssessmentHistory'>;

/**
 * A range of days (YYYY-MM-DD, UTC, inclusive); the backend defaults to the
 * last 90 days.
 *
 * @public
 */
export type TrendRange = QueryOf<'GetAssessmentTrend'>;

/**
 * An entity's state at the end of one day.
 *
 * @public
 */
export type TrendPoint = Schemas['TrendPoint'];

/** @public */
export type EntityTrend = Schemas['EntityTrend'];

/**
 * How many entities are at each level.
 *
 * @public
 */
export type LevelCounts = Schemas['LevelCounts'];

/**
 * Filters of the scorecard. Several values of one filter match any of them;
 * different filters must all match.
 *
 * @public
 */
export type ScorecardFilter = QueryOf<'GetScorecardFacets'>;

/**
 * Sort direction.
 *
 * @public
 */
export type SortOrder = components['parameters']['order'];

/**
 * Filters, sort and page of the scorecard; whether to count the facets is
 * up to the client.
 *
 * @public
 */
export type ScorecardQuery = Omit<QueryOf<'GetScorecard'>, 'facets'>;

/**
 * Level and progress of one area in a scorecard row.
 *
 * @public
 */
export type AreaCell = Schemas['AreaCell'];

/** @public */
export type ScorecardRow = Schemas['ScorecardRow'];

/** @public */
export type FacetCount = Schemas['FacetCount'];

/**
 * Counts per filter value, each counted with every filter but its own.
 *
 * @public
 */
export type ScorecardFacets = Schemas['ScorecardFacets'];

/** @public */
export type ScorecardTotals = Schemas['ScorecardTotals'];

/**
 * One page of the scorecard; without facet counts when asked `facets=false`.
 *
 * @public
 */
export type ScorecardPage = Schemas['ScorecardPage'];

/** @public */
export type ScorecardFacetCounts = Schemas['ScorecardFacetCounts'];

/**
 * Filters, sort and page of the roll-ups.
 *
 * @public
 */
export type ScorecardGroupsQuery = QueryOf<'GetScorecardGroups'>;

/**
 * What the scorecard is rolled up by.
 *
 * @public
 */
export type ScorecardGroupBy = ScorecardGroupsQuery['by'];

/** @public */
export type GroupRow = Schemas['GroupRow'];

/** @public */
export type GroupsPage = Schemas['GroupsPage'];

/**
 * Filters and range of days of the org-wide trend.
 *
 * @public
 */
export type ScorecardTrendQuery = QueryOf<'GetScorecardTrend'>;

/** @public */
export type OrgTrendPoint = Schemas['OrgTrendPoint'];

/** @public */
export type OrgTrend = Schemas['OrgTrend'];

/**
 * How many of the selected entities are at each phase, per area id.
 *
 * @public
 */
export type ScorecardAreas = Schemas['ScorecardAreas'];

/**
 * What asking for a catalog sync did: `started` a run (within seconds, on
 * whichever backend replica claims it), or found one `alreadyRunning`.
 *
 * @public
 */
export type SyncTrigger = Schemas['SyncTrigger'];

/**
 * The body of a 409: Backstage's error body with the assessment as it is now.
 *
 * @public
 */
export type ConflictResponse = Schemas['ConflictResponse'];
