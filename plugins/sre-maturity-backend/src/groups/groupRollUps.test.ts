import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { expectValidResponse } from '../__testUtils__/expectValidResponse';
import { testEntity } from '../__testUtils__/fixtures';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import {
  startSreMaturityBackend,
  TestDecisions,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

function group(name: string, parent?: string, title?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', ...(title && { title }) },
    spec: { type: 'team', children: [], ...(parent && { parent }) },
  };
}

// org > payments > checkout > cards, org > payments > billing, org > platform
const entities = [
  group('org'),
  group('payments', 'org', 'Payments'),
  group('checkout', 'payments'),
  group('cards', 'checkout'),
  group('billing', 'payments', 'Payments – Billing'),
  group('platform', 'org'),
  testEntity('pay-api', {
    owner: 'payments',
    annotations: { 'pagerduty.com/service-id': 'P1' },
  }),
  testEntity('checkout-web', { owner: 'checkout', type: 'website' }),
  testEntity('cards-svc', { owner: 'group:default/cards' }),
  testEntity('billing-job', { owner: 'billing' }),
  testEntity('infra', { owner: 'platform' }),
  testEntity('org-tool', { owner: 'org' }),
  testEntity('jo-tool', { owner: 'user:default/jo' }),
  testEntity('hidden-svc', { owner: 'cards' }),
];

const API = '/api/sre-maturity';
const ROUTE = '/groups/{kind}/{namespace}/{name}/maturity' as const;

describe.each(databases.eachSupportedId())('group roll-ups on %p', id => {
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    let decisions: TestDecisions;
    ({ server, decisions } = await startSreMaturityBackend({
      knex: await databases.init(id),
      entities,
      hidden: ['component:default/hidden-svc'],
    }));
    // The test backend's mock scheduler runs the task before answering.
    await request(server).post(`${API}/sync`).expect(202);
    // Callers read what the catalog lets them: not hidden-svc.
    decisions.read = conditionalCatalogRead(['group:default/payments']);
  });

  const get = (path: string) => request(server).get(`${API}${path}`);

  it("rolls a group's subtree up, per direct sub-group and for itself", async () => {
    const res = await get('/groups/group/default/payments/maturity');
    expect(res.status).toBe(200);
    expectValidResponse(res, ROUTE, 'get');
    expect(res.body).toMatchObject({
      group: { entityRef: 'group:default/payments', title: 'Payments' },
      // pay-api, checkout-web, cards-svc, billing-job; hidden-svc is not
      // readable by the caller.
      entities: 4,
      overall: { 'not-started': 4 },
      direct: {
        key: 'group:default/payments',
        title: 'Payments',
        entities: 1,
      },
    });
    expect(
      res.body.subgroups.map(
        (row: { key: string; title?: string; entities: number }) => [
          row.key,
          row.title,
          row.entities,
        ],
      ),
    ).toEqual([
      ['group:default/billing', 'Payments – Billing', 1],
      ['group:default/checkout', undefined, 2],
    ]);
    expect(Object.keys(res.body.areas).sort()).toEqual(['alpha', 'beta']);
  });

  it('goes down any depth and lists sub-groups without entities', async () => {
    const org = await get('/groups/group/default/org/maturity');
    expect(org.body).toMatchObject({ entities: 6, direct: { entities: 1 } });
    expect(org.body.subgroups.map((row: { key: string }) => row.key)).toEqual([
      'group:default/payments',
      'group:default/platform',
    ]);

    const cards = await get('/groups/group/default/cards/maturity');
    expect(cards.body).toMatchObject({
      entities: 1,
      subgroups: [],
      averageScore: 0,
    });
    expect(cards.body.group).toEqual({ entityRef: 'group:default/cards' });
  });

  it('answers a group the tree does not know with what it owns itself', async () => {
    const res = await get('/groups/user/default/jo/maturity');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      group: { entityRef: 'user:default/jo' },
      entities: 1,
      subgroups: [],
      direct: { entities: 1 },
    });
    const nobody = await get('/groups/group/default/nobody/maturity');
    expect(nobody.body).toMatchObject({ entities: 0, averageScore: 0 });
  });

  it('applies the filters within the subtree', async () => {
    const res = await get(
      '/groups/group/default/payments/maturity?type=website',
    );
    expect(res.body).toMatchObject({ entities: 1, direct: { entities: 0 } });
  });

  it('refuses invalid refs and callers without credentials', async () => {
    const bad = await get('/groups/group/default/no%20good/maturity');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Invalid name/);
    const anonymous = await get('/groups/group/default/org/maturity').set(
      'Authorization',
      mockCredentials.none.header(),
    );
    expect(anonymous.status).toBe(401);
  });

  it("gives owner rows their Group's title and sorts by it", async () => {
    const res = await get(
      '/scorecard/groups?by=owner&owner=payments&includeSubgroups=true',
    );
    expect(res.status).toBe(200);
    expectValidResponse(res, '/scorecard/groups', 'get');
    // Shown as cards, checkout, Payments, Payments – Billing.
    expect(
      res.body.items.map((row: { key: string; title?: string }) => [
        row.key,
        row.title,
      ]),
    ).toEqual([
      ['group:default/cards', undefined],
      ['group:default/checkout', undefined],
      ['group:default/payments', 'Payments'],
      ['group:default/billing', 'Payments – Billing'],
    ]);
  });

  it('filters the scorecard by owners with their sub-groups when asked', async () => {
    const without = await get('/scorecard?owner=payments');
    expect(without.body.totalItems).toBe(1);
    const withSubgroups = await get(
      '/scorecard?owner=payments&includeSubgroups=true',
    );
    expect(withSubgroups.status).toBe(200);
    expect(
      withSubgroups.body.items.map((row: { name: string }) => row.name).sort(),
    ).toEqual(['billing-job', 'cards-svc', 'checkout-web', 'pay-api']);

    const groups = await get(
      '/scorecard/groups?by=owner&owner=checkout&includeSubgroups=true',
    );
    expect(groups.body.items.map((row: { key: string }) => row.key)).toEqual([
      'group:default/cards',
      'group:default/checkout',
    ]);
    for (const path of [
      '/scorecard/facets',
      '/scorecard/areas',
      '/scorecard/trend',
    ]) {
      const res = await get(`${path}?owner=checkout&includeSubgroups=true`);
      expect(res.status).toBe(200);
    }
    const csv = await get(
      '/scorecard/export.csv?owner=checkout&includeSubgroups=true',
    );
    expect(csv.text).toContain('cards-svc');
  });
});
