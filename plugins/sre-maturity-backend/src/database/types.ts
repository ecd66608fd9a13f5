import {
  Answer,
  EntitySummary,
  Evidence,
  MaturityTargets,
  PhaseId,
  ScorecardFacets,
  ScorecardFilter,
  SortOrder,
} from '@sre-maturity/backstage-plugin-common';
import { SortableColumn } from './sortColumns';

/** Level and progress of one area of one entity. */
export interface AreaRecord {
  areaId: string;
  /** Whether any criterion of the area applies to the entity. */
  applicable: boolean;
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
  /**
   * Whether the scorecard may list the entity, exempt or not: false for
   * kinds it leaves out and for entities gone from the catalog (the
   * column `in_catalog`).
   */
  scorable: boolean;
  evidence: Evidence[];
  /** Whether any criterion of the model applies to the entity. */
  applicable: boolean;
  overallRank: number;
  score: number;
  gap: number;
  areas: AreaRecord[];
  /** The `sre-maturity.io/tier` annotation, for campaign filters. */
  tier?: string;
  /** The criteria met or not applicable, for campaign targets. */
  satisfiedCriteria?: string[];
  lastAssessedAt?: string;
  /** The oldest answer of a criterion in the model; staleness derives from it. */
  oldestAnswerAt?: string;
}

/** Calendar days, `YYYY-MM-DD`, both included. */
export interface DayRange {
  from: string;
  to: string;
}

/** One answer to write, or `answer: undefined` to clear the criterion. */
export interface AnswerChange {
  criterionId: string;
  answer?: Answer;
}

/**
 * Which entities a caller may see: all, none, or those of the viewer's
 * list. Queries match against `refs` when given, else against the list
 * stored under `viewerId` with the `VisibleEntityStore`.
 */
export type EntityVisibility =
  | { type: 'all' }
  | { type: 'none' }
  | { type: 'viewer'; viewerId: string; refs?: readonly string[] };

/** The filters whose values the scorecard counts. */
export type Facet = keyof ScorecardFacets;

export type ScorecardOrder =
  | { column: SortableColumn; direction: SortOrder }
  | { areaId: string; direction: SortOrder };

/**
 * The scorecard's filter as the database applies it: `owner` already lists
 * every owner whose entities count, sub-groups included when asked.
 */
export type EntityFilter = Omit<ScorecardFilter, 'includeSubgroups'>;

/** Everything that selects scorecard rows. */
export interface ScorecardSelection {
  filter: EntityFilter;
  visibility: EntityVisibility;
  /** Answers given before this instant are stale. */
  staleBefore: Date;
}
