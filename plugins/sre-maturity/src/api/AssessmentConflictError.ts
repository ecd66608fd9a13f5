import { CustomErrorBase } from '@backstage/errors';
import { EntityAssessment } from './types';

/**
 * An update was based on a stale revision: someone saved first. Nothing was
 * written; `current` is the assessment as it is now.
 *
 * @public
 */
export class AssessmentConflictError extends CustomErrorBase {
  /** Checks the name and shape, so that it works across package copies. */
  static is(value: unknown): value is AssessmentConflictError {
    return (
      value instanceof Error &&
      value.name === 'AssessmentConflictError' &&
      typeof (value as Partial<AssessmentConflictError>).current === 'object'
    );
  }

  name = 'AssessmentConflictError' as const;

  constructor(readonly current: EntityAssessment, cause?: Error) {
    super(
      `Someone else saved this assessment first; it is now at revision ${current.revision}`,
      cause,
    );
  }
}
