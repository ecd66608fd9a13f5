import { EntityAssessment } from '@sre-maturity/backstage-plugin-common';

/** The outcome of an update: applied, or refused for a stale revision. */
export type UpdateOutcome =
  | { type: 'updated'; assessment: EntityAssessment }
  | { type: 'conflict'; current: EntityAssessment };
