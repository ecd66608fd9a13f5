export type { SreMaturityApi } from './SreMaturityApi';
export { sreMaturityApiRef } from './SreMaturityApi';
export { SreMaturityClient } from './SreMaturityClient';
export { AssessmentConflictError } from './AssessmentConflictError';
export { CampaignConflictError } from './CampaignConflictError';
export type * from './types';
