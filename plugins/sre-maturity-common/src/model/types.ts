/**
 * The phases of every area, in order. A phase is reached only when it and
 * every earlier phase are complete.
 *
 * @public
 */
export const PHASES = ['crawl', 'walk', 'run'] as const;

/** @public */
export type PhaseId = (typeof PHASES)[number];

/**
 * Where an area or an entity stands: the highest phase reached, or
 * `not-started` when not even Crawl is complete.
 *
 * @public
 */
export type MaturityLevel = PhaseId | 'not-started';

/**
 * Whether the criterion is stated by the seed document, added from
 * established SRE practice to fill a stub, or added by the installer's config.
 *
 * @public
 */
export type CriterionSource = 'seed' | 'extended' | 'custom';

/**
 * What in a catalog entity counts as evidence that a criterion is met.
 * Any one match is enough.
 *
 * @public
 */
export interface EvidenceRule {
  /** Annotation keys; the annotation being present and non-empty counts. */
  annotations?: string[];
  /** `metadata.links[].type` values. */
  linkTypes?: string[];
}

/** @public */
export interface Criterion {
  /** Stable id: `<areaId>.<phaseId>.<slug>`, e.g. `observability.walk.error-budgets-tracked`. */
  id: string;
  title: string;
  /** What the practice is, in plain words faithful to the model document. */
  description: string;
  /** How a team gets there. */
  guidance: string;
  source: CriterionSource;
  evidence?: EvidenceRule;
}

/** @public */
export interface PhaseDefinition {
  id: PhaseId;
  /** The intent of the phase for this area, from the model document. */
  summary: string;
  criteria: Criterion[];
}

/** @public */
export interface Area {
  /** Stable id, kebab-case, e.g. `on-call`. */
  id: string;
  title: string;
  description: string;
  /** Always the three phases, in order. */
  phases: PhaseDefinition[];
}

/** @public */
export interface MaturityModel {
  areas: Area[];
}

/** @public */
export type AnswerStatus = 'met' | 'not-met' | 'not-applicable';

/**
 * A team's explicit answer for one criterion of one entity.
 *
 * @public
 */
export interface Answer {
  criterionId: string;
  status: AnswerStatus;
  note?: string;
  evidenceUrl?: string;
  /** Required when status is `not-applicable`. */
  reason?: string;
  /** ISO date (YYYY-MM-DD); after it a `not-applicable` counts as unanswered. */
  expiresAt?: string;
  /** Entity ref of the user who answered. */
  answeredBy: string;
  /** ISO timestamp. */
  answeredAt: string;
}

/**
 * One piece of evidence found for a criterion, e.g. an annotation.
 *
 * @public
 */
export interface Evidence {
  criterionId: string;
  /** Which provider found it; `annotation` for the built-in one. */
  provider: string;
  /** What was found: the annotation key or link type. */
  key: string;
  value: string;
  /** A link a user can follow, when the value is (or points to) one. */
  url?: string;
}

/** @public */
export type EffectiveStatus = 'met' | 'not-met' | 'not-applicable' | 'unknown';

/**
 * Where an effective status comes from.
 *
 * @public
 */
export type StatusOrigin = 'answer' | 'catalog' | 'none';

/** @public */
export interface CriterionResult {
  criterionId: string;
  areaId: string;
  phase: PhaseId;
  status: EffectiveStatus;
  origin: StatusOrigin;
  /** The explicit answer, also when it no longer decides (expired). */
  answer?: Answer;
  /** Evidence found in the catalog, shown whatever the answer says. */
  evidence: Evidence[];
  /** The answer is older than the configured age and due for re-assessment. */
  stale: boolean;
  /** A `not-applicable` answer whose expiry date has passed. */
  expired: boolean;
}

/** @public */
export interface AreaResult {
  areaId: string;
  level: MaturityLevel;
  /** The phase to work on next; undefined once Run is reached. */
  nextPhase?: PhaseId;
  /** Share (0..1) of the next phase's criteria that are met or not applicable. */
  progress: number;
  target?: PhaseId;
  /** How many phases short of the target (0 when met or no target). */
  gap: number;
  criteria: CriterionResult[];
}

/** @public */
export interface AssessmentResult {
  /** The weakest area's level. */
  overall: MaturityLevel;
  /** 0..100, share of applicable criteria met, rounded to an integer. */
  score: number;
  target?: PhaseId;
  /** The largest per-area gap to its target. */
  gap: number;
  areas: AreaResult[];
  /** ISO timestamp of the newest answer. */
  lastAssessedAt?: string;
  /** Number of stale answers; the entity is stale when it is above zero. */
  staleCount: number;
}

/**
 * Targets read from the entity's annotations.
 *
 * @public
 */
export interface MaturityTargets {
  overall?: PhaseId;
  /** Per area id; overrides `overall` for that area. */
  areas: Record<string, PhaseId>;
}
