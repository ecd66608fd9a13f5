import { CustomErrorBase } from '@backstage/errors';
import { Campaign } from './types';

/**
 * A campaign update or deletion was based on a stale revision: someone
 * changed it first. Nothing was written; `current` is the campaign as it is
 * now.
 *
 * @public
 */
export class CampaignConflictError extends CustomErrorBase {
  /** Checks the name and shape, so that it works across package copies. */
  static is(value: unknown): value is CampaignConflictError {
    return (
      value instanceof Error &&
      value.name === 'CampaignConflictError' &&
      typeof (value as Partial<CampaignConflictError>).current === 'object'
    );
  }

  name = 'CampaignConflictError' as const;

  constructor(readonly current: Campaign, cause?: Error) {
    super(
      `Someone else changed this campaign first; it is now at revision ${current.revision}`,
      cause,
    );
  }
}
