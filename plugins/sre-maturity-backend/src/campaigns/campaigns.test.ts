import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { testConfig, testEntity } from '../__testUtils__/fixtures';
import { expectValidResponse } from '../__testUtils__/expectValidResponse';
import {
  AuditRecord,
  startSreMaturityBackend,
  TestDecisions,
} from '../__testUtils__/testBackend';
import { utcDay } from '../database/conversions';
import { GROUPS, SNAPSHOTS } from '../database/tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const API = '/api/sre-maturity';
const DAY_MS = 24 * 60 * 60 * 1000;
const today = utcDay(new Date());
const daysFromToday = (days: number) =>
  utcDay(new Date(Date.now() + days * DAY_MS));

const entities = [
  testEntity('ledger', { owner: 'payments', tags: ['java'] }),
  testEntity('checkout', {
    owner: 'payments-checkout',
    annotations: { 'sre-maturity.io/tier': '1' },
  }),
  testEntity('search', { owner: 'discovery', type: 'website' }),
  testEntity('gone', {
    owner: 'payments',
    annotations: { 'sre-maturity.io/exempt': 'Shut down' },
  }),
];

const configCampaign = {
  id: 'beta-crawl',
  title: 'Everyone owns Beta',
  description: 'Kept as code',
  filter: { kinds: ['component'] },
  target: { areas: { beta: 'crawl' } },
  startsOn: daysFromToday(-9),
  deadline: daysFromToday(10),
  managers: ['group:default/sre'],
};

/** Walk in Alpha for Payments and its sub-groups. */
const paymentsWalk = {
  title: 'Payments to Walk in Alpha',
  description: 'Before the audit',
  filter: { owners: ['payments'], includeSubgroups: true },
  target: { areas: { alpha: 'crawl' }, criteria: ['beta.crawl.owned'] },
  startsOn: daysFromToday(-1),
  deadline: daysFromToday(2),
  managers: ['user:default/lead'],
};

describe.each(databases.eachSupportedId())('campaigns on %p', databaseId => {
  let knex: Knex;
  let server: Parameters<typeof request>[0];
  let decisions: TestDecisions;
  let auditEvents: AuditRecord[];

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server, decisions, auditEvents } = await startSreMaturityBackend({
      knex,
      entities,
      config: {
        ...testConfig,
        sreMaturity: {
          ...(testConfig.sreMaturity as object),
          campaigns: [configCampaign],
        },
      },
    }));
    await request(server).post(`${API}/sync`).expect(202);
    // The group tree as the sync stores it: checkout is a sub-team.
    await knex(GROUPS).delete();
    await knex(GROUPS).insert([
      { entity_ref: 'group:default/payments', parent_ref: null },
      {
        entity_ref: 'group:default/payments-checkout',
        parent_ref: 'group:default/payments',
      },
    ]);
  });

  afterEach(() => {
    decisions.campaign = AuthorizeResult.ALLOW;
  });

  const get = (path: string) => request(server).get(`${API}${path}`);
  const create = (body: object) =>
    request(server).post(`${API}/campaigns`).send(body);
  const answer = (name: string, revision: number, criteria: string[]) =>
    request(server)
      .patch(`${API}/assessments/component/default/${name}`)
      .send({
        revision,
        answers: criteria.map(criterionId => ({
          criterionId,
          status: 'met',
        })),
      })
      .expect(200);

  it('creates, replaces by revision and deletes a campaign, with history and audit events', async () => {
    const created = await create(paymentsWalk);
    expectValidResponse(created, '/campaigns', 'post');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...paymentsWalk,
      source: 'database',
      revision: 1,
      createdBy: 'user:default/mock',
    });
    const id = created.body.id;

    const stale = await request(server)
      .put(`${API}/campaigns/${id}`)
      .send({ revision: 5, campaign: { ...paymentsWalk, title: 'Late' } });
    expectValidResponse(stale, '/campaigns/{id}', 'put');
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ revision: 1 });

    const updated = await request(server)
      .put(`${API}/campaigns/${id}`)
      .send({ revision: 1, campaign: { ...paymentsWalk, title: 'Renamed' } })
      .expect(200);
    expect(updated.body).toMatchObject({ title: 'Renamed', revision: 2 });

    const history = await get(`/campaigns/${id}/history`).expect(200);
    expectValidResponse(history, '/campaigns/{id}/history', 'get');
    expect(
      history.body.items.map((e: any) => [e.action, e.revision, e.actor]),
    ).toEqual([
      ['updated', 2, 'user:default/mock'],
      ['created', 1, 'user:default/mock'],
    ]);

    await request(server)
      .delete(`${API}/campaigns/${id}?revision=1`)
      .expect(409);
    await request(server)
      .delete(`${API}/campaigns/${id}?revision=2`)
      .expect(204);
    await get(`/campaigns/${id}`).expect(404);

    // A deleted campaign's history is kept and readable.
    const kept = await get(`/campaigns/${id}/history`);
    expectValidResponse(kept, '/campaigns/{id}/history', 'get');
    expect(kept.status).toBe(200);
    expect(
      kept.body.items.map((e: any) => [e.action, e.revision, e.campaign.title]),
    ).toEqual([
      ['deleted', 2, 'Renamed'],
      ['updated', 2, 'Renamed'],
      ['created', 1, paymentsWalk.title],
    ]);

    expect(
      auditEvents
        .filter(e => e.eventId.startsWith('campaign-'))
        .map(e => [e.eventId, e.outcome]),
    ).toEqual([
      ['campaign-create', 'success'],
      ['campaign-update', 'fail'],
      ['campaign-update', 'success'],
      ['campaign-delete', 'fail'],
      ['campaign-delete', 'success'],
    ]);
  });

  it('refuses writes without the manage permission, and invalid campaigns naming each field', async () => {
    decisions.campaign = AuthorizeResult.DENY;
    const denied = await create(paymentsWalk);
    expect(denied.status).toBe(403);
    decisions.campaign = AuthorizeResult.ALLOW;

    const invalid = await create({
      ...paymentsWalk,
      title: '  ',
      target: { areas: { gamma: 'walk' } },
      deadline: daysFromToday(-5),
    });
    expectValidResponse(invalid, '/campaigns', 'post');
    expect(invalid.status).toBe(400);
    expect(
      invalid.body.error.fields.map((f: { field: string }) => f.field),
    ).toEqual(['title', 'deadline', 'target.areas.gamma']);

    const list = await get('/campaigns').expect(200);
    expect(list.body.items.map((i: any) => i.campaign.id)).toEqual([
      'beta-crawl',
    ]);
  });

  it('refuses ids no campaign can have, and revisions out of range', async () => {
    for (const id of ['a%00b', 'Payments', 'a_b']) {
      const res = await get(`/campaigns/${id}/progress`);
      expectValidResponse(res, '/campaigns/{id}/progress', 'get');
      expect(res.status).toBe(400);
    }
    await get('/campaigns/no-such-campaign').expect(404);
    await get('/campaigns/no-such-campaign/history').expect(404);
    for (const revision of ['1e309', '0', '1.5']) {
      await request(server)
        .delete(`${API}/campaigns/beta-crawl?revision=${revision}`)
        .expect(400);
    }
  });

  it('keeps config campaigns read-only', async () => {
    const campaign = await get('/campaigns/beta-crawl').expect(200);
    expect(campaign.body).toMatchObject({ source: 'config', revision: 0 });
    const refused = await request(server)
      .put(`${API}/campaigns/beta-crawl`)
      .send({ revision: 1, campaign: paymentsWalk });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/sreMaturity\.campaigns/);
    await request(server)
      .delete(`${API}/campaigns/beta-crawl?revision=1`)
      .expect(403);
    expect(
      (await get('/campaigns/beta-crawl/history').expect(200)).body.items,
    ).toEqual([]);
  });

  it('covers owners with their sub-groups, and moves as answers are recorded', async () => {
    const { id } = (await create(paymentsWalk).expect(201)).body;
    const progressOf = async () => {
      const res = await get(`/campaigns/${id}/progress`).expect(200);
      expectValidResponse(res, '/campaigns/{id}/progress', 'get');
      return res.body;
    };

    // ledger and checkout; gone is exempt.
    const before = await progressOf();
    expect(before.standing).toEqual({
      covered: 2,
      atTarget: 0,
      // Day two of four.
      required: 1,
      behind: true,
    });
    expect(before.burnUp.at(-1)).toEqual({
      day: today,
      covered: 2,
      atTarget: 0,
      required: 1,
    });

    await answer('checkout', 0, [
      'alpha.crawl.paged',
      'alpha.crawl.documented',
      'beta.crawl.owned',
    ]);
    const after = await progressOf();
    expect(after.standing).toMatchObject({ atTarget: 1, behind: false });
    expect(after.byTeam).toEqual([
      {
        owner: 'group:default/payments',
        standing: { covered: 1, atTarget: 0, required: 0.5, behind: true },
      },
      {
        owner: 'group:default/payments-checkout',
        standing: { covered: 1, atTarget: 1, required: 0.5, behind: false },
      },
    ]);

    const ledger = await get(
      '/assessments/component/default/ledger/campaigns',
    ).expect(200);
    expectValidResponse(
      ledger,
      '/assessments/{kind}/{namespace}/{name}/campaigns',
      'get',
    );
    const needs = ledger.body.items.find((i: any) => i.campaign.id === id);
    expect(needs).toMatchObject({
      atTarget: false,
      needs: {
        areas: [
          {
            areaId: 'alpha',
            target: 'crawl',
            level: 'not-started',
            criteria: ['alpha.crawl.paged', 'alpha.crawl.documented'],
          },
        ],
        criteria: ['beta.crawl.owned'],
      },
    });
    const search = await get(
      '/assessments/component/default/search/campaigns',
    ).expect(200);
    expect(search.body.items.map((i: any) => i.campaign.id)).toEqual([
      'beta-crawl',
    ]);

    await request(server)
      .delete(`${API}/campaigns/${id}?revision=1`)
      .expect(204);
  });

  it('draws finished days from the daily snapshots, counted once a day until the campaign changes', async () => {
    const alphaCrawl = {
      ...paymentsWalk,
      title: 'Payments to Crawl in Alpha',
      target: { areas: { alpha: 'crawl' } },
    };
    const { id } = (await create(alphaCrawl).expect(201)).body;
    const yesterday = daysFromToday(-1);
    const snapshot = (name: string, alpha: number) => ({
      entity_ref: `component:default/${name}`,
      taken_at: new Date(`${yesterday}T23:00:00Z`),
      day: yesterday,
      daily_day: yesterday,
      reason: 'daily',
      overall_rank: 0,
      score: 0,
      area_levels: JSON.stringify({ alpha, beta: 0 }),
    });
    await knex(SNAPSHOTS).where('daily_day', yesterday).delete();
    await knex(SNAPSHOTS).insert([
      snapshot('ledger', 0),
      snapshot('checkout', 1),
      // Exempt: not covered.
      snapshot('gone', 1),
    ]);
    const pointOf = async () =>
      (await get(`/campaigns/${id}/progress`).expect(200)).body.burnUp[0];

    expect(await pointOf()).toEqual({
      day: yesterday,
      covered: 2,
      atTarget: 1,
      // Day one of four.
      required: 0.5,
    });
    // A finished day is not read again...
    await knex(SNAPSHOTS)
      .where({ entity_ref: 'component:default/ledger', daily_day: yesterday })
      .update({ area_levels: JSON.stringify({ alpha: 1, beta: 0 }) });
    expect((await pointOf()).atTarget).toBe(1);
    // ...until the campaign asks for something else.
    await request(server)
      .put(`${API}/campaigns/${id}`)
      .send({
        revision: 1,
        campaign: { ...alphaCrawl, deadline: daysFromToday(3) },
      })
      .expect(200);
    expect((await pointOf()).atTarget).toBe(2);
    await request(server)
      .delete(`${API}/campaigns/${id}?revision=2`)
      .expect(204);
  });

  it('filters by tier and kind whatever their case', async () => {
    const { id } = (
      await create({
        ...paymentsWalk,
        filter: { kinds: ['COMPONENT'], tiers: ['1'] },
      }).expect(201)
    ).body;
    const list = await get('/campaigns').expect(200);
    expectValidResponse(list, '/campaigns', 'get');
    const item = list.body.items.find((i: any) => i.campaign.id === id);
    expect(item.standing.covered).toBe(1);
    await request(server)
      .delete(`${API}/campaigns/${id}?revision=1`)
      .expect(204);
  });
});
