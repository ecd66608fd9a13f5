import { EntitySummary } from '../assessment/types';
import {
  Answer,
  AnswerStatus,
  Evidence,
  MaturityLevel,
  MaturityTargets,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { SortableColumn } from './sortColumns';

/** Level and progress of one area of one entity. */
export interface AreaRecord {
  areaId: string;
  levelRank: number;
  progress: number;
  gap: number;
}

/** What the database keeps about an entity: catalog fields and scores. */
export interface EntityRecord extends EntitySummary {
  targets: MaturityTargets;
  target?: PhaseId;
  exempt: boolean;
  exemptReason?: string;
  /** False for kinds the sync leaves out and for entities gone from the catalog. */
  inCatalog: boolean;
  evidence: Evidence[];
  overallRank: number;
  score: number;
  gap: number;
  areas: AreaRecord[];
  lastAssessedAt?: string;
  /** The oldest answer of a criterion in the model; staleness derives from it. */
  oldestAnswerAt?: string;
}

/** One answer to write, or `answer: undefined` to clear the criterion. */
export interface AnswerChange {
  criterionId: string;
  answer?: Answer;
}

export interface HistoryEvent {
  id: string;
  criterionId: string;
  oldStatus: AnswerStatus | null;
  newStatus: AnswerStatus | null;
  note?: string;
  evidenceUrl?: string;
  reason?: string;
  expiresAt?: string;
  actor: string;
  createdAt: string;
  revision: number;
}

export interface EntityTrendPoint {
  day: string;
  overall: MaturityLevel;
  score: number;
  areas: Record<string, MaturityLevel>;
}

/**
 * Which entities a caller may see: all, none, or those of a list stored
 * with the `VisibleEntityStore`. While that list is still being written,
 * `unsavedRefs` holds it, and queries match against it instead.
 */
export type EntityVisibility =
  | { type: 'all' }
  | { type: 'none' }
  | { type: 'viewer'; viewerId: string; unsavedRefs?: readonly string[] };

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
  q?: string;
}

/** The filters whose values the scorecard counts. */
export type Facet =
  | 'owner'
  | 'system'
  | 'kind'
  | 'type'
  | 'lifecycle'
  | 'tag'
  | 'phase';

export type ScorecardOrder =
  | { column: SortableColumn; direction: 'asc' | 'desc' }
  | { areaId: string; direction: 'asc' | 'desc' };

/** Everything that selects scorecard rows. */
export interface ScorecardSelection {
  filter: ScorecardFilter;
  visibility: EntityVisibility;
  /** Answers given before this instant are stale. */
  staleBefore: Date;
}

export interface ScorecardRow extends EntitySummary {
  areas: Record<string, { level: MaturityLevel; progress: number }>;
  overall: MaturityLevel;
  score: number;
  target?: PhaseId;
  gap: number;
  lastAssessedAt?: string;
  stale: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export type LevelCounts = Record<MaturityLevel, number>;

export interface ScorecardTotals {
  entities: number;
  averageScore: number;
  byPhase: LevelCounts;
  stale: number;
  belowTarget: number;
}

export interface GroupRow {
  key: string | null;
  entities: number;
  averageScore: number;
  overall: LevelCounts;
  areas: Record<string, LevelCounts>;
  stale: number;
  belowTarget: number;
}

export interface OrgTrendPoint {
  day: string;
  entities: number;
  averageScore: number;
  byPhase: LevelCounts;
}
