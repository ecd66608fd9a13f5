import { Entity } from '@backstage/catalog-model';
import { makeModel } from '../testing/makeModel';
import {
  findCatalogEvidence,
  readCatalogEvidence,
} from './findCatalogEvidence';

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
          'sre-maturity.io/on-call': 'https://oncall.acme.internal/payments',
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
        value: 'https://oncall.acme.internal/payments',
        url: 'https://oncall.acme.internal/payments',
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
            url: 'https://grafana.acme.internal/d/1',
            title: 'Overview',
            type: 'dashboard',
          },
          { url: 'https://grafana.acme.internal/d/2', type: 'dashboard' },
          { url: 'mailto:payments@acme.internal', type: 'dashboard' },
          { url: 'https://docs.acme.internal', type: 'docs' },
          { url: 'https://acme.internal' },
        ],
      }),
    );
    expect(found).toEqual([
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'Overview',
        url: 'https://grafana.acme.internal/d/1',
      },
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'https://grafana.acme.internal/d/2',
        url: 'https://grafana.acme.internal/d/2',
      },
      {
        criterionId: 'a.crawl.c1',
        provider: 'annotation',
        key: 'dashboard',
        value: 'mailto:payments@acme.internal',
      },
    ]);
  });

  it('does not count placeholders, example.com links or empty values', () => {
    expect(
      findCatalogEvidence(
        model,
        entity({
          annotations: {
            'pagerduty.com/service-id': 'YOUR_SERVICE_ID',
            'sre-maturity.io/on-call': 'https://oncall.example.com/payments',
            'grafana/dashboard-selector': '',
          },
          links: [
            { url: '<your dashboard URL>', type: 'dashboard' },
            { url: 'https://grafana.example.org/d/1', type: 'dashboard' },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('readCatalogEvidence', () => {
  const [onCall, dashboards] = model.areas[0].phases[0].criteria;

  it('lists the values that did not count, with the reason', () => {
    const payments = entity({
      annotations: {
        'pagerduty.com/service-id': 'TODO',
        'sre-maturity.io/on-call': 'https://oncall.acme.internal/payments',
        'grafana/dashboard-selector': ' ',
      },
      links: [
        {
          url: 'https://grafana.example.com/d/1',
          title: 'Overview',
          type: 'dashboard',
        },
        { url: 'https://grafana.acme.internal/d/2', type: 'dashboard' },
      ],
    });

    expect(readCatalogEvidence(onCall, payments)).toEqual({
      evidence: [
        {
          criterionId: 'a.crawl.c0',
          provider: 'annotation',
          key: 'sre-maturity.io/on-call',
          value: 'https://oncall.acme.internal/payments',
          url: 'https://oncall.acme.internal/payments',
        },
      ],
      refused: [
        {
          criterionId: 'a.crawl.c0',
          key: 'pagerduty.com/service-id',
          value: 'TODO',
          reason: 'it is a placeholder, to be replaced with the real value',
        },
      ],
    });
    // A link is judged, and shown when refused, by its URL, not its title.
    expect(readCatalogEvidence(dashboards, payments).refused).toEqual([
      {
        criterionId: 'a.crawl.c1',
        key: 'grafana/dashboard-selector',
        value: '',
        reason: 'it is empty',
      },
      {
        criterionId: 'a.crawl.c1',
        key: 'dashboard',
        value: 'https://grafana.example.com/d/1',
        reason:
          'it points to grafana.example.com, a domain reserved for examples',
      },
    ]);
  });

  it('reads nothing for a criterion without an evidence rule', () => {
    const [withoutRule] = model.areas[0].phases[1].criteria;
    expect(
      readCatalogEvidence(
        withoutRule,
        entity({ annotations: { 'pagerduty.com/service-id': 'TODO' } }),
      ),
    ).toEqual({ evidence: [], refused: [] });
  });
});
