import { Entity } from '@backstage/catalog-model';
import { makeModel } from '../testing/makeModel';
import { findCatalogEvidence } from './findCatalogEvidence';

const model = makeModel({ a: [2, 1, 1] });
model.areas[0].phases[0].criteria[0].evidence = {
  annotations: ['pagerduty.com/service-id', 'sre-maturity.io/on-call'],
};
model.areas[0].phases[0].criteria[1].evidence = {
  annotations: ['grafana/dashboard-selector'],
  linkTypes: ['dashboard'],
};

function entity(metadata: Partial<Entity['metadata']>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments', ...metadata },
  };
}

describe('findCatalogEvidence', () => {
  it('finds nothing on an entity without annotations or links', () => {
    expect(findCatalogEvidence(model, entity({}))).toEqual([]);
  });

  it('turns each matching annotation into evidence, with a url only for http(s) values', () => {
    const found = findCatalogEvidence(
      model,
      entity({
        annotations: {
          'pagerduty.com/service-id': 'P123ABC',
          'sre-maturity.io/on-call': 'https://oncall.example.com/payments',
          'unrelated.io/key': 'x',
        },
      }),
    );
    expect(found).toEqual([
      {
        criterionId: 'a.crawl.c0',
        provider: 'annotation',
        key: 'pagerduty.com/service-id',
        value: 'P123ABC',
      },
      {
        criterionId: 'a.crawl.c0',
        provider: 'annotation',
        key: 'sre-maturity.io/on-call',
        value: 'https://oncall.example.com/payments',
        url: 'https://oncall.example.com/payments',
      },
    ]);
  });

  it('ignores empty annotations', () => {
    expect(
      findCatalogEvidence(
        model,
        entity({ annotations: { 'pagerduty.com/service-id': '  ' } }),
      ),
    ).toEqual([]);
  });

  it('turns links of a matching type into evidence with the link url', () => {
    const found = findCatalogEvidence(
      model,
      entity({
        links: [
          {
            url: 'https://grafana.example.com/d/1',
            title: 'Overview',
            type: 'dashboard',
          },
          { url: 'https://grafana.example.com/d/2', type: 'dashboard' },
          { url: 'mailto:payments@example.com', type: 'dashboard' },
          { url: 'https://docs.example.com', type: 'docs' },
          { url: 'https://example.com' },
        ],
      }),
    );
    expect(found).toEqual([
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'Overview',
        url: 'https://grafana.example.com/d/1',
      },
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'https://grafana.example.com/d/2',
        url: 'https://grafana.example.com/d/2',
      },
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'mailto:payments@example.com',
      },
    ]);
  });
});
