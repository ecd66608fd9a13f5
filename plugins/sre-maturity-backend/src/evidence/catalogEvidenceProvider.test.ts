import { mockServices } from '@backstage/backend-test-utils';
import { testEntity, testModel } from '../__testUtils__/fixtures';
import { createCatalogEvidenceProvider } from './catalogEvidenceProvider';

const model = structuredClone(testModel);
model.areas[0].phases[0].criteria[1].evidence = {
  relations: ['ownerIsGroup'],
};

describe('createCatalogEvidenceProvider', () => {
  const entity = testEntity('pay', {
    owner: 'team-payments',
    annotations: { 'pagerduty.com/service-id': 'P1' },
  });

  it('counts an owner that is a group of the catalog', async () => {
    const provider = createCatalogEvidenceProvider({
      groups: {
        groupRefs: async () => new Set(['group:default/team-payments']),
      },
    });
    expect(
      (await provider.getEvidence({ entity, model })).map(e => [
        e.criterionId,
        e.key,
        e.value,
      ]),
    ).toEqual([
      ['alpha.crawl.paged', 'pagerduty.com/service-id', 'P1'],
      ['alpha.crawl.documented', 'ownerIsGroup', 'group:default/team-payments'],
    ]);
  });

  it('still finds the rest when the groups cannot be read, and says so', async () => {
    const logger = mockServices.logger.mock();
    const provider = createCatalogEvidenceProvider({
      groups: {
        groupRefs: async () => {
          throw new Error('catalog unavailable');
        },
      },
      logger,
    });
    expect(
      (await provider.getEvidence({ entity, model })).map(e => e.key),
    ).toEqual(['pagerduty.com/service-id']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog unavailable'),
    );
  });
});
