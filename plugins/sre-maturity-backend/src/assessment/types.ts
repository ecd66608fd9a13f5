import {
  AssessmentResult,
  MaturityTargets,
} from '@sre-maturity/backstage-plugin-common';

/** The catalog fields shown with an assessment. */
export interface EntitySummary {
  /** The entity ref, the key of the stored entity. */
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  /** Entity ref of the owner, e.g. `group:default/team-a`. */
  owner?: string;
  /** Entity ref of the system, e.g. `system:default/payments`. */
  system?: string;
  type?: string;
  lifecycle?: string;
  tags: string[];
}

/** One entity's assessment as the API returns it. */
export interface EntityAssessment {
  entity: EntitySummary;
  /** The revision an update must be based on. */
  revision: number;
  exempt: boolean;
  exemptReason?: string;
  targets: MaturityTargets;
  assessment: AssessmentResult;
  /** Bad target annotations and failed evidence providers. */
  warnings: string[];
}

/** The outcome of an update: applied, or refused for a stale revision. */
export type UpdateOutcome =
  | { type: 'updated'; assessment: EntityAssessment }
  | { type: 'conflict'; current: EntityAssessment };
