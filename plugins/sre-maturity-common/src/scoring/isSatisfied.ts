import { CriterionResult } from '../model/types';

/**
 * Whether a criterion counts toward its phase: met, or not applicable to
 * the entity. A phase is reached when each of its criteria is.
 *
 * @public
 */
export function isSatisfied(result: Pick<CriterionResult, 'status'>): boolean {
  return result.status === 'met' || result.status === 'not-applicable';
}
