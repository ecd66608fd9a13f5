import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  EVIDENCE_REFRESH_TASK_ID,
  triggerEvidenceRefresh,
} from './scheduleEvidenceRefresh';

describe('triggerEvidenceRefresh', () => {
  it('starts the refresh task', async () => {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    await triggerEvidenceRefresh(scheduler, logger);
    expect(scheduler.triggerTask).toHaveBeenCalledWith(
      EVIDENCE_REFRESH_TASK_ID,
    );
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('leaves a run under way alone, and only logs other failures', async () => {
    const logger = mockServices.logger.mock();
    const running = mockServices.scheduler.mock({
      triggerTask: async () => {
        throw new ConflictError('Task is already running');
      },
    });
    await triggerEvidenceRefresh(running, logger);
    expect(logger.warn).not.toHaveBeenCalled();

    const down = mockServices.scheduler.mock({
      triggerTask: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    });
    await triggerEvidenceRefresh(down, logger);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not start the evidence refresh: Error: connect ECONNREFUSED',
    );
  });
});
