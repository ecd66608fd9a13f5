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

describe('readCatalogEvidence from TechDocs and relations', () => {
  const criterion = {
    id: 'a.crawl.c0',
    title: 'T',
    description: 'D',
    guidance: 'G',
    source: 'extended' as const,
  };
  const component = (spec: Entity['spec'], metadata = {}): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments', namespace: 'pay', ...metadata },
    spec,
  });

  it('counts the TechDocs annotation when the rule asks for TechDocs', () => {
    const payments = component(
      {},
      { annotations: { 'backstage.io/techdocs-ref': ' dir:. ' } },
    );
    expect(
      readCatalogEvidence(
        { ...criterion, evidence: { techDocs: true } },
        payments,
      ).evidence,
    ).toEqual([
      {
        criterionId: 'a.crawl.c0',
        provider: 'annotation',
        key: 'backstage.io/techdocs-ref',
        value: 'dir:.',
      },
    ]);
    expect(
      readCatalogEvidence(
        { ...criterion, evidence: { techDocs: false } },
        payments,
      ).evidence,
    ).toEqual([]);
  });

  it('refuses a TechDocs annotation that is a placeholder', () => {
    const payments = component(
      {},
      { annotations: { 'backstage.io/techdocs-ref': 'url:<your docs repo>' } },
    );
    expect(
      readCatalogEvidence(
        { ...criterion, evidence: { techDocs: true } },
        payments,
      ),
    ).toEqual({
      evidence: [],
      refused: [
        {
          criterionId: 'a.crawl.c0',
          key: 'backstage.io/techdocs-ref',
          value: 'url:<your docs repo>',
          reason: 'it is a placeholder, to be replaced with the real value',
        },
      ],
    });
  });

  it('counts each declared dependency and API of the named relations, refusing placeholders', () => {
    const payments = component({
      dependsOn: ['resource:payments-db', ' component:<dependency> '],
      providesApis: ['payments-api'],
      consumesApis: ['ledger-api', 42],
    });
    const { evidence, refused } = readCatalogEvidence(
      { ...criterion, evidence: { relations: ['dependsOn', 'consumesApis'] } },
      payments,
    );
    expect(evidence.map(e => [e.key, e.value])).toEqual([
      ['dependsOn', 'resource:payments-db'],
      ['consumesApis', 'ledger-api'],
    ]);
    expect(refused.map(r => [r.key, r.value])).toEqual([
      ['dependsOn', 'component:<dependency>'],
    ]);
  });

  it('counts an owner that resolves to a Group of the catalog, in the entity namespace by default', () => {
    const groupRefs = new Set(['group:pay/team-payments', 'group:default/sre']);
    const rule = {
      ...criterion,
      evidence: { relations: ['ownerIsGroup' as const] },
    };
    const ownedBy = (owner: string) =>
      readCatalogEvidence(rule, component({ owner }), {
        groupRefs,
      }).evidence.map(e => e.value);

    expect(ownedBy('team-payments')).toEqual(['group:pay/team-payments']);
    expect(ownedBy('Group:default/SRE')).toEqual(['group:default/sre']);
    // Not a group of the catalog: a user, a group elsewhere, nothing at all.
    expect(ownedBy('user:default/jane')).toEqual([]);
    expect(ownedBy('sre')).toEqual([]);
    expect(ownedBy('jane@example.org')).toEqual([]);
  });

  it('does not judge the owner without the groups, but refuses a placeholder owner either way', () => {
    const rule = {
      ...criterion,
      evidence: { relations: ['ownerIsGroup' as const] },
    };
    expect(
      readCatalogEvidence(rule, component({ owner: 'team-payments' })),
    ).toEqual({ evidence: [], refused: [] });
    expect(
      readCatalogEvidence(rule, component({ owner: 'TODO' }), {
        groupRefs: new Set(['group:pay/todo']),
      }).refused.map(r => [r.key, r.value]),
    ).toEqual([['ownerIsGroup', 'TODO']]);
  });
});
