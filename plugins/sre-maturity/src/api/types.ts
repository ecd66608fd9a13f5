import {
  AnswerInput,
  AnswerStatus,
  AssessmentResult,
  MaturityLevel,
  MaturityModel,
  MaturityTargets,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';

/**
 * The effective model and how old an answer may get before it is stale.
 *
 * @public
 */
export interface ModelResponse {
  model: MaturityModel;
  staleAfterDays: number;
}

/**
 * The catalog fields shown with an assessment.
 *
 * @public
 */
export interface EntitySummary {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  owner?: string;
  system?: string;
  type?: string;
  lifecycle?: string;
  tags: string[];
}

/**
 * One entity's assessment, with the revision the next update must carry.
 *
 * @public
 */
export interface EntityAssessment {
  entity: EntitySummary;
  revision: number;
  exempt: boolean;
  exemptReason?: string;
  targets: MaturityTargets;
  assessment: AssessmentResult;
  /** Problems worth showing, e.g. an invalid target annotation. */
  warnings: string[];
}

/**
 * Answers saved together, all or none, based on `revision`.
 *
 * @public
 */
export interface AssessmentUpdateRequest {
  revision: number;
  answers: AnswerInput[];
}

/**
 * One answer change in an entity's history.
 *
 * @public
 */
export interface HistoryEvent {
  id: string;
  criterionId: string;
  /** Null when there was no answer before. */
  oldStatus: AnswerStatus | null;
  /** Null when the answer was cleared. */
  newStatus: AnswerStatus | null;
  note?: string;
  evidenceUrl?: string;
  reason?: string;
  expiresAt?: string;
  /** Entity ref of the user who made the change. */
  actor: string;
  createdAt: string;
  /** The entity revision this change produced. */
  revision: number;
}

/**
 * One page of history, newest first.
 *
 * @public
 */
export interface HistoryPage {
  items: HistoryEvent[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}

/** @public */
export interface HistoryQuery {
  limit?: number;
  cursor?: string;
  criterionId?: string;
}

/**
 * A range of days (YYYY-MM-DD, UTC, inclusive); the backend defaults to the
 * last 90 days.
 *
 * @public
 */
export interface TrendRange {
  from?: string;
  to?: string;
}

/**
 * An entity's state at the end of one day.
 *
 * @public
 */
export interface TrendPoint {
  day: string;
  overall: MaturityLevel;
  score: number;
  /** Level per area id. */
  areas: Record<string, MaturityLevel>;
}

/** @public */
export interface EntityTrend {
  from: string;
  to: string;
  items: TrendPoint[];
}

/**
 * How many entities are at each level.
 *
 * @public
 */
export type LevelCounts = Record<MaturityLevel, number>;

/**
 * Filters of the scorecard. Several values of one filter match any of them;
 * different filters must all match.
 *
 * @public
 */
export interface ScorecardFilter {
  owner?: string[];
  system?: string[];
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
  tag?: string[];
  phase?: MaturityLevel[];
  stale?: boolean;
  belowTarget?: boolean;
  /** Text contained in the entity's name or title. */
  q?: string;
}

/**
 * Sort direction.
 *
 * @public
 */
export type SortOrder = 'asc' | 'desc';

/**
 * Filters, sort and page of the scorecard.
 *
 * @public
 */
export interface ScorecardQuery extends ScorecardFilter {
  /**
   * A column (`entityRef`, `kind`, `namespace`, `name`, `title`, `owner`,
   * `system`, `type`, `lifecycle`, `overall`, `score`, `gap`,
   * `lastAssessedAt`, `stale`) or an area id; `name` by default.
   */
  orderBy?: string;
  order?: SortOrder;
  /** 1 to 500; 50 by default. */
  limit?: number;
  offset?: number;
}

/** @public */
export interface AreaCell {
  level: MaturityLevel;
  /** 0..1 toward the area's next phase. */
  progress: number;
}

/** @public */
export interface ScorecardRow {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  owner?: string;
  system?: string;
  type?: string;
  lifecycle?: string;
  tags: string[];
  /** Per area id of the model. */
  areas: Record<string, AreaCell>;
  overall: MaturityLevel;
  score: number;
  target?: PhaseId;
  gap: number;
  lastAssessedAt?: string;
  stale: boolean;
}

/** @public */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per filter value, each counted with every filter but its own; at
 * most 200 values per facet, the most frequent first.
 *
 * @public
 */
export interface ScorecardFacets {
  owner: FacetCount[];
  system: FacetCount[];
  kind: FacetCount[];
  type: FacetCount[];
  lifecycle: FacetCount[];
  tag: FacetCount[];
  phase: FacetCount[];
}

/** @public */
export interface ScorecardTotals {
  entities: number;
  averageScore: number;
  byPhase: LevelCounts;
  stale: number;
  belowTarget: number;
}

/** @public */
export interface ScorecardPage {
  items: ScorecardRow[];
  totalItems: number;
  limit: number;
  offset: number;
  facets: ScorecardFacets;
  totals: ScorecardTotals;
}

/**
 * A page of the scorecard without its facet counts, which
 * `SreMaturityApi.getScorecardFacets` reads apart.
 *
 * @public
 */
export type ScorecardRowsPage = Omit<ScorecardPage, 'facets'>;

/** @public */
export interface ScorecardFacetCounts {
  facets: ScorecardFacets;
}

/**
 * What the scorecard is rolled up by.
 *
 * @public
 */
export type ScorecardGroupBy = 'owner' | 'system';

/**
 * Filters, sort and page of the roll-ups.
 *
 * @public
 */
export interface ScorecardGroupsQuery extends ScorecardFilter {
  by: ScorecardGroupBy;
  orderBy?: 'key' | 'entities' | 'averageScore';
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

/** @public */
export interface GroupRow {
  /** The owner or system; null for entities without one. */
  key: string | null;
  entities: number;
  averageScore: number;
  overall: LevelCounts;
  /** Per area id. */
  areas: Record<string, LevelCounts>;
  stale: number;
  belowTarget: number;
}

/** @public */
export interface GroupsPage {
  by: ScorecardGroupBy;
  items: GroupRow[];
  totalItems: number;
  limit: number;
  offset: number;
}

/** @public */
export type ScorecardTrendQuery = ScorecardFilter & TrendRange;

/** @public */
export interface OrgTrendPoint {
  day: string;
  entities: number;
  averageScore: number;
  byPhase: LevelCounts;
}

/**
 * How many of the selected entities are at each phase, per area id.
 *
 * @public
 */
export interface ScorecardAreas {
  areas: Record<string, LevelCounts>;
}

/** @public */
export interface OrgTrend {
  from: string;
  to: string;
  items: OrgTrendPoint[];
}

/**
 * The scorecard as a CSV file.
 *
 * @public
 */
export interface ScorecardExport {
  blob: Blob;
  fileName: string;
}

/**
 * What asking for a catalog sync did: `started` a run (within seconds, on
 * whichever backend replica claims it), or found one `alreadyRunning`.
 *
 * @public
 */
export interface SyncTrigger {
  status: 'started' | 'alreadyRunning';
}
