import { CustomErrorBase } from '@backstage/errors';

/**
 * A change was based on a stale revision: someone else saved first. Nothing
 * was written; `current` is what was to be changed (an assessment, a
 * campaign) as it is now.
 *
 * @public
 */
export class RevisionConflictError<
  T extends { revision: number } = { revision: number },
> extends CustomErrorBase {
  /**
   * Checks the name and shape, so that it works across package copies. `T`
   * is what the call that failed changes: `EntityAssessment` for
   * `updateAssessment`, `Campaign` for `updateCampaign` and `deleteCampaign`.
   */
  static is<T extends { revision: number } = { revision: number }>(
    value: unknown,
  ): value is RevisionConflictError<T> {
    const current = (value as Partial<RevisionConflictError>)?.current;
    return (
      value instanceof Error &&
      value.name === 'RevisionConflictError' &&
      typeof current === 'object' &&
      typeof current?.revision === 'number'
    );
  }

  name = 'RevisionConflictError' as const;

  constructor(readonly current: T, cause?: Error) {
    super(
      `Someone else saved a change first; it is now at revision ${current.revision}`,
      cause,
    );
  }
}
