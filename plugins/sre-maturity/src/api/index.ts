export type { SreMaturityApi } from './SreMaturityApi';
export { sreMaturityApiRef } from './SreMaturityApi';
export { SreMaturityClient } from './SreMaturityClient';
export { RevisionConflictError } from './RevisionConflictError';
export type * from './types';
