import { mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { testEntity } from '../__testUtils__/fixtures';
import { waitForCatalog } from './waitForCatalog';

function setup() {
  const catalog = catalogServiceMock({ entities: [testEntity('one')] });
  const queryEntities = jest.spyOn(catalog, 'queryEntities');
  const logger = mockServices.logger.mock();
  const wait = (signal = new AbortController().signal) =>
    waitForCatalog({ catalog, auth: mockServices.auth(), logger, signal });
  return { queryEntities, logger, wait };
}

describe('waitForCatalog', () => {
  it('resolves at once when the catalog answers', async () => {
    const { queryEntities, logger, wait } = setup();
    await wait();
    expect(queryEntities).toHaveBeenCalledTimes(1);
    expect(queryEntities.mock.calls[0][1]).toEqual({
      credentials: expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('asks again after an error, saying why it waits', async () => {
    const { queryEntities, logger, wait } = setup();
    queryEntities.mockRejectedValueOnce(
      new ServiceUnavailableError('catalog starting'),
    );
    await wait();
    expect(queryEntities).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog starting'),
    );
  });

  it('stops waiting when the run is aborted', async () => {
    const { queryEntities, wait } = setup();
    queryEntities.mockRejectedValue(new Error('down'));
    const controller = new AbortController();
    const waiting = wait(controller.signal);
    await new Promise(resolve => setImmediate(resolve));
    controller.abort();
    await expect(waiting).rejects.toThrow(/abort/i);
    expect(queryEntities).toHaveBeenCalledTimes(1);
  });
});
