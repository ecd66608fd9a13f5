import { mockServices } from '@backstage/backend-test-utils';
import { testEntity, testModel } from '../__testUtils__/fixtures';
import { createCatalogEvidenceProvider } from './catalogEvidenceProvider';
import { EvidenceCollector } from './EvidenceCollector';

describe('EvidenceCollector', () => {
  const entity = testEntity('pay', {
    annotations: { 'pagerduty.com/service-id': 'P1' },
  });

  it('merges the providers, keeps criteria of the model, reports failures', async () => {
    const logger = mockServices.logger.mock();
    const collector = new EvidenceCollector(
      [
        createCatalogEvidenceProvider(),
        {
          id: 'other',
          entityFields: ['spec.dependsOn'],
          getEvidence: async () => [
            {
              criterionId: 'beta.walk.tested',
              provider: 'other',
              key: 'ci',
              value: 'green',
            },
            {
              criterionId: 'not.in.model',
              provider: 'other',
              key: 'x',
              value: 'y',
            },
          ],
        },
        {
          id: 'broken',
          entityFields: ['spec.dependsOn', 'spec.providesApis'],
          getEvidence: async () => {
            throw new Error('timeout');
          },
        },
      ],
      logger,
    );

    expect(collector.entityFields).toEqual([
      'spec.owner',
      'spec.dependsOn',
      'spec.providesApis',
      'spec.consumesApis',
    ]);
    expect(await collector.collect(entity, testModel)).toEqual({
      evidence: [
        {
          criterionId: 'alpha.crawl.paged',
          provider: 'annotation',
          key: 'pagerduty.com/service-id',
          value: 'P1',
        },
        {
          criterionId: 'beta.walk.tested',
          provider: 'other',
          key: 'ci',
          value: 'green',
        },
      ],
      warnings: ["Evidence provider 'broken' failed: Error: timeout"],
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('component:default/pay'),
    );
  });
});
