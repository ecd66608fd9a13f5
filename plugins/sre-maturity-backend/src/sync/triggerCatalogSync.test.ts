import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, ServiceUnavailableError } from '@backstage/errors';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../database/unavailable';
import { CATALOG_SYNC_TASK_ID } from './scheduleTasks';
import { triggerCatalogSync } from './triggerCatalogSync';

describe('triggerCatalogSync', () => {
  const scheduler = mockServices.scheduler.mock();

  it('triggers the scheduled sync', async () => {
    scheduler.triggerTask.mockResolvedValueOnce();
    await expect(triggerCatalogSync(scheduler)).resolves.toBe('started');
    expect(scheduler.triggerTask).toHaveBeenCalledWith(CATALOG_SYNC_TASK_ID);
  });

  it('says when a run is under way', async () => {
    scheduler.triggerTask.mockRejectedValueOnce(
      new ConflictError('Task is currently running'),
    );
    await expect(triggerCatalogSync(scheduler)).resolves.toBe('alreadyRunning');
  });

  it('answers a plain 503 when the scheduler cannot reach the database', async () => {
    scheduler.triggerTask.mockRejectedValueOnce(
      Object.assign(
        new Error(
          'select * from "backstage_backend_tasks__tasks" - connect ECONNREFUSED 127.0.0.1:5432',
        ),
        { code: 'ECONNREFUSED' },
      ),
    );
    const error = await triggerCatalogSync(scheduler).catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it('lets other errors through', async () => {
    const error = new TypeError('boom');
    scheduler.triggerTask.mockRejectedValueOnce(error);
    await expect(triggerCatalogSync(scheduler)).rejects.toBe(error);
  });
});
