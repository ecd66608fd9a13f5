import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import { testEntity } from '../__testUtils__/fixtures';
import { expectValidResponse } from '../__testUtils__/expectValidResponse';
import {
  startSreMaturityBackend,
  TestDecisions,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const entities = [
  testEntity('payments', {
    system: 'pay',
    tags: ['java'],
    annotations: {
      'pagerduty.com/service-id': 'P123',
      'sre-maturity.io/target-phase': 'walk',
    },
    links: [
      { url: 'https://runbooks.acme.internal/payments', type: 'runbook' },
    ],
  }),
  testEntity('web', {
    owner: 'team-b',
    type: 'website',
    title: 'Web, "the" shop',
    annotations: { 'sre-maturity.io/target-phase': 'sprint' },
  }),
  testEntity('hidden', { tags: ['secret'] }),
  testEntity('retired', { annotations: { 'sre-maturity.io/exempt': 'Gone' } }),
  testEntity('sunset', {
    owner: 'team-b',
    annotations: { 'sre-maturity.io/exempt': 'Replaced by web' },
  }),
  testEntity('people', { kind: 'Group' }),
  ...['updates', 'invalid', 'denied', 'stale', 'race', 'crowd', 'history'].map(
    name => testEntity(name, { owner: 'team-c' }),
  ),
];

const API = '/api/sre-maturity';
const ASSESSMENT = '/assessments/{kind}/{namespace}/{name}' as const;

describe.each(databases.eachSupportedId())('router on %p', databaseId => {
  let server: Parameters<typeof request>[0];
  let decisions: TestDecisions;
  let auditEvents: Awaited<
    ReturnType<typeof startSreMaturityBackend>
  >['auditEvents'];

  beforeAll(async () => {
    const backend = await startSreMaturityBackend({
      knex: await databases.init(databaseId),
      entities,
      hidden: ['component:default/hidden', 'component:default/sunset'],
    });
    ({ server, decisions, auditEvents } = backend);
    // The test backend's mock scheduler runs the task before answering.
    await request(server).post(`${API}/sync`).expect(202);
  });

  afterEach(() => {
    decisions.update = AuthorizeResult.ALLOW;
    decisions.sync = AuthorizeResult.ALLOW;
    decisions.read = { result: AuthorizeResult.ALLOW };
  });

  const get = (path: string) => request(server).get(`${API}${path}`);
  const patch = (name: string, body: object) =>
    request(server)
      .patch(`${API}/assessments/component/default/${name}`)
      .send(body);
  const revisionOf = async (name: string) =>
    (await get(`/assessments/component/default/${name}`)).body.revision;

  describe('authentication', () => {
    it('serves /health without credentials', async () => {
      const res = await get('/health').set(
        'Authorization',
        mockCredentials.none.header(),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
      expectValidResponse(res, '/health', 'get');
    });

    it.each([
      ['get', '/model'],
      ['get', '/assessments/component/default/payments'],
      ['patch', '/assessments/component/default/payments'],
      ['get', '/assessments/component/default/payments/history'],
      ['get', '/assessments/component/default/payments/trend'],
      ['get', '/scorecard'],
      ['get', '/scorecard/facets'],
      ['get', '/scorecard/groups?by=owner'],
      ['get', '/scorecard/trend'],
      ['get', '/scorecard/areas'],
      ['get', '/scorecard/exempt'],
      ['get', '/scorecard/export.csv'],
      ['post', '/sync'],
    ] as const)('refuses %s %s without credentials', async (method, path) => {
      const res = await request(server)
        [method](`${API}${path}`)
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
      expect(res.body.error.name).toBe('AuthenticationError');
    });
  });

  it('serves the model', async () => {
    const res = await get('/model');
    expect(res.status).toBe(200);
    expect(res.body.staleAfterDays).toBe(30);
    expect(res.body.model.areas.map((a: { id: string }) => a.id)).toEqual([
      'alpha',
      'beta',
    ]);
    expectValidResponse(res, '/model', 'get');
  });

  describe('GET assessment', () => {
    it('assesses the entity with fresh evidence from the catalog', async () => {
      const res = await get('/assessments/component/default/payments');
      expect(res.status).toBe(200);
      expectValidResponse(res, ASSESSMENT, 'get');
      expect(res.body).toMatchObject({
        entity: {
          entityRef: 'component:default/payments',
          kind: 'Component',
          namespace: 'default',
          name: 'payments',
          owner: 'group:default/team-a',
          system: 'system:default/pay',
          type: 'service',
          lifecycle: 'production',
          tags: ['java'],
        },
        revision: 0,
        exempt: false,
        targets: { overall: 'walk', areas: {} },
        warnings: [],
      });
      const alpha = res.body.assessment.areas[0];
      expect(alpha).toMatchObject({
        areaId: 'alpha',
        level: 'crawl',
        nextPhase: 'walk',
        progress: 0,
        target: 'walk',
        gap: 1,
      });
      expect(alpha.criteria[0]).toMatchObject({
        criterionId: 'alpha.crawl.paged',
        status: 'met',
        origin: 'catalog',
        evidence: [
          {
            provider: 'annotation',
            key: 'pagerduty.com/service-id',
            value: 'P123',
          },
        ],
      });
      expect(alpha.criteria[1]).toMatchObject({
        criterionId: 'alpha.crawl.documented',
        status: 'met',
        origin: 'catalog',
        evidence: [
          { key: 'runbook', url: 'https://runbooks.acme.internal/payments' },
        ],
      });
      expect(alpha.criteria[2]).toMatchObject({
        status: 'unknown',
        origin: 'none',
      });
    });

    it('reports bad target annotations', async () => {
      const res = await get('/assessments/component/default/web');
      expect(res.status).toBe(200);
      expect(res.body.warnings).toEqual([
        expect.stringContaining('sre-maturity.io/target-phase'),
      ]);
    });

    it('shows an exempt entity with its reason', async () => {
      const res = await get('/assessments/component/default/retired');
      expect(res.body).toMatchObject({ exempt: true, exemptReason: 'Gone' });
    });

    it.each(['unknown', 'hidden'])(
      'answers 404 for an entity the caller cannot see (%s)',
      async name => {
        const res = await get(`/assessments/component/default/${name}`);
        expect(res.status).toBe(404);
        expect(res.body.error.name).toBe('NotFoundError');
        expectValidResponse(res, ASSESSMENT, 'get');
      },
    );
  });

  describe('PATCH assessment', () => {
    it('applies the answers and records history, audit and trend', async () => {
      const res = await patch('updates', {
        revision: 0,
        answers: [
          {
            criterionId: 'alpha.walk.measured',
            status: 'met',
            note: 'Dashboards',
            evidenceUrl: 'https://grafana.example.com/d/1',
          },
          {
            criterionId: 'beta.run.chaos',
            status: 'not-applicable',
            reason: 'Batch job',
            expiresAt: '2999-01-01',
          },
        ],
      });
      expect(res.status).toBe(200);
      expectValidResponse(res, ASSESSMENT, 'patch');
      expect(res.body.revision).toBe(1);
      const criteria = res.body.assessment.areas.flatMap(
        (area: { criteria: unknown[] }) => area.criteria,
      );
      expect(
        criteria.find(
          (c: { criterionId: string }) =>
            c.criterionId === 'alpha.walk.measured',
        ),
      ).toMatchObject({
        status: 'met',
        origin: 'answer',
        answer: {
          note: 'Dashboards',
          evidenceUrl: 'https://grafana.example.com/d/1',
          answeredBy: 'user:default/mock',
        },
      });
      expect(
        (await get('/assessments/component/default/updates')).body,
      ).toEqual(res.body);

      const history = await get(
        '/assessments/component/default/updates/history',
      );
      expect(history.status).toBe(200);
      expectValidResponse(history, `${ASSESSMENT}/history`, 'get');
      expect(history.body.items).toEqual([
        expect.objectContaining({
          criterionId: 'beta.run.chaos',
          oldStatus: null,
          newStatus: 'not-applicable',
          reason: 'Batch job',
          actor: 'user:default/mock',
          revision: 1,
        }),
        expect.objectContaining({
          criterionId: 'alpha.walk.measured',
          newStatus: 'met',
          note: 'Dashboards',
        }),
      ]);

      const trend = await get('/assessments/component/default/updates/trend');
      expect(trend.status).toBe(200);
      expectValidResponse(trend, `${ASSESSMENT}/trend`, 'get');
      expect(trend.body.items).toEqual([
        expect.objectContaining({
          day: new Date().toISOString().slice(0, 10),
          score: res.body.assessment.score,
        }),
      ]);

      expect(auditEvents).toContainEqual({
        eventId: 'assessment-update',
        meta: {
          entityRef: 'component:default/updates',
          revision: 0,
          criteria: ['alpha.walk.measured', 'beta.run.chaos'],
        },
        outcome: 'success',
      });
    });

    it('clears an answer with status unanswered', async () => {
      await patch('updates', {
        revision: await revisionOf('updates'),
        answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
      }).expect(200);
      const res = await patch('updates', {
        revision: await revisionOf('updates'),
        answers: [{ criterionId: 'beta.crawl.owned', status: 'unanswered' }],
      });
      expect(res.status).toBe(200);
      const owned = res.body.assessment.areas[1].criteria[0];
      expect(owned).toMatchObject({ status: 'unknown', origin: 'none' });
      expect(owned.answer).toBeUndefined();
    });

    it.each([
      [
        { criterionId: 'alpha.crawl.nope', status: 'met' },
        'answers[0].criterionId',
      ],
      [
        { criterionId: 'alpha.crawl.paged', status: 'not-applicable' },
        'answers[0].reason',
      ],
      [
        {
          criterionId: 'alpha.crawl.paged',
          status: 'met',
          evidenceUrl: 'not a url',
        },
        'answers[0].evidenceUrl',
      ],
      [
        {
          criterionId: 'alpha.crawl.paged',
          status: 'not-applicable',
          reason: 'x',
          expiresAt: '2025-02-30',
        },
        'answers[0].expiresAt',
      ],
      [{ criterionId: 'alpha.crawl.paged', status: 'done' }, 'status'],
    ])('answers 400 naming the bad field: %j', async (answer, field) => {
      const res = await patch('invalid', { revision: 0, answers: [answer] });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(field);
      expectValidResponse(res, ASSESSMENT, 'patch');
      expect(await revisionOf('invalid')).toBe(0);
    });

    it('names the field of the second answer and writes none', async () => {
      const res = await patch('invalid', {
        revision: 0,
        answers: [
          { criterionId: 'alpha.crawl.paged', status: 'met' },
          { criterionId: 'alpha.walk.measured', status: 'not-applicable' },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'answers[1].reason: is required',
      );
      expect(res.body.error.fields).toEqual([
        {
          field: 'answers[1].reason',
          message: 'is required when the criterion is not applicable',
          criterionId: 'alpha.walk.measured',
          answerField: 'reason',
        },
      ]);
      expectValidResponse(res, ASSESSMENT, 'patch');
      const after = await get('/assessments/component/default/invalid');
      expect(after.body.revision).toBe(0);
      expect(after.body.assessment.areas[0].criteria[0].origin).not.toBe(
        'answer',
      );
    });

    it.each([
      [
        { answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }] },
        'revision',
      ],
      [{ revision: 0, answers: [] }, 'answers'],
      [
        { revision: -1, answers: [{ criterionId: 'a', status: 'met' }] },
        'revision',
      ],
    ])('answers 400 for a malformed body %j', async (body, field) => {
      const res = await patch('invalid', body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });

    it.each(['unknown', 'hidden'])(
      'answers 404 for an entity the caller cannot see (%s)',
      async name => {
        const res = await patch(name, {
          revision: 0,
          answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
        });
        expect(res.status).toBe(404);
        expectValidResponse(res, ASSESSMENT, 'patch');
      },
    );

    it('answers 403 when the policy denies the update, writing nothing', async () => {
      decisions.update = AuthorizeResult.DENY;
      const res = await patch('denied', {
        revision: 0,
        answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
      });
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expectValidResponse(res, ASSESSMENT, 'patch');
      expect(await revisionOf('denied')).toBe(0);
      expect(auditEvents).toContainEqual(
        expect.objectContaining({
          eventId: 'assessment-update',
          meta: expect.objectContaining({
            entityRef: 'component:default/denied',
          }),
          outcome: 'fail',
        }),
      );
    });

    it('answers 403 to service principals, which cannot answer', async () => {
      const res = await request(server)
        .patch(`${API}/assessments/component/default/denied`)
        .set('Authorization', mockCredentials.service.header())
        .send({
          revision: 0,
          answers: [{ criterionId: 'alpha.crawl.paged', status: 'met' }],
        });
      expect(res.status).toBe(403);
    });

    it('answers 409 with the current state for a stale revision', async () => {
      await patch('stale', {
        revision: 0,
        answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
      }).expect(200);

      const res = await patch('stale', {
        revision: 0,
        answers: [{ criterionId: 'beta.crawl.owned', status: 'not-met' }],
      });
      expect(res.status).toBe(409);
      expectValidResponse(res, ASSESSMENT, 'patch');
      expect(res.body.error.name).toBe('ConflictError');
      expect(res.body.response).toEqual({ statusCode: 409 });
      expect(res.body.current.revision).toBe(1);
      expect(res.body.current.assessment.areas[1].criteria[0]).toMatchObject({
        status: 'met',
        origin: 'answer',
      });
      const history = await get('/assessments/component/default/stale/history');
      expect(history.body.items).toHaveLength(1);
    });

    it('accepts exactly one of two concurrent updates of one revision', async () => {
      const [first, second] = await Promise.all([
        patch('race', {
          revision: 0,
          answers: [{ criterionId: 'alpha.crawl.paged', status: 'not-met' }],
        }),
        patch('race', {
          revision: 0,
          answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
        }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const winner = first.status === 200 ? first : second;
      const loser = first.status === 200 ? second : first;
      expect(loser.body.current).toEqual(winner.body);

      // The loser's change was not merged in: only the winner's answer exists.
      const after = await get('/assessments/component/default/race');
      expect(after.body.revision).toBe(1);
      const answered = after.body.assessment.areas
        .flatMap((a: { criteria: any[] }) => a.criteria)
        .filter((c: { origin: string }) => c.origin === 'answer');
      expect(answered).toHaveLength(1);
      const history = await get('/assessments/component/default/race/history');
      expect(history.body.items).toHaveLength(1);
    });

    it('accepts one of 50 concurrent editors of one revision, and each of the others after re-reading', async () => {
      const update = (editor: number, revision: number) =>
        patch('crowd', {
          revision,
          answers: [
            {
              criterionId: 'alpha.crawl.paged',
              status: 'met',
              note: `Editor ${editor}`,
            },
          ],
        });
      const editors = Array.from({ length: 50 }, (_, editor) => editor);
      const first = await Promise.all(editors.map(editor => update(editor, 0)));
      expect(first.filter(res => res.status === 200)).toHaveLength(1);
      const refused = editors.filter(editor => first[editor].status === 409);
      expect(refused).toHaveLength(49);
      for (const editor of refused) {
        expect(first[editor].body.current.revision).toBe(1);
      }

      for (const editor of refused) {
        await update(editor, await revisionOf('crowd')).expect(200);
      }
      const history = await get(
        '/assessments/component/default/crowd/history?limit=100',
      );
      expect(
        history.body.items.map((item: { revision: number }) => item.revision),
      ).toEqual(editors.map(editor => 50 - editor));
    });
  });

  describe('history and trend', () => {
    beforeAll(async () => {
      for (const status of ['met', 'not-met', 'met']) {
        await patch('history', {
          revision: await revisionOf('history'),
          answers: [{ criterionId: 'alpha.crawl.paged', status }],
        }).expect(200);
      }
    });

    it('pages the history with a cursor', async () => {
      const first = await get(
        '/assessments/component/default/history/history?limit=2',
      );
      expect(first.body.items.map((e: any) => e.revision)).toEqual([3, 2]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await get(
        `/assessments/component/default/history/history?limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((e: any) => e.revision)).toEqual([1]);
      expect(second.body.nextCursor).toBeUndefined();

      const filtered = await get(
        '/assessments/component/default/history/history?criterionId=beta.crawl.owned',
      );
      expect(filtered.body.items).toEqual([]);
    });

    it.each([
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
      ['cursor=bogus', 'cursor'],
      ['page=2', 'page'],
    ])('answers 400 for history?%s', async (query, param) => {
      const res = await get(
        `/assessments/component/default/history/history?${query}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(param);
      expectValidResponse(res, `${ASSESSMENT}/history`, 'get');
    });

    it('answers 404 for history and trend of unknown entities', async () => {
      const history = await get(
        '/assessments/component/default/hidden/history',
      );
      expect(history.status).toBe(404);
      const trend = await get('/assessments/component/default/unknown/trend');
      expect(trend.status).toBe(404);
    });

    it('returns the trend in a bounded range', async () => {
      const res = await get(
        '/assessments/component/default/history/trend?from=2025-01-01&to=2025-01-31',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        from: '2025-01-01',
        to: '2025-01-31',
        items: [],
      });
    });

    it.each([
      ['from=2025-13-01', 'from'],
      ['from=2024-01-01&to=2025-06-01', 'from'],
      ['from=2025-02-01&to=2025-01-01', 'from'],
      ['to=yesterday', 'to'],
    ])('answers 400 for trend?%s', async (query, param) => {
      const res = await get(
        `/assessments/component/default/history/trend?${query}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(param);
    });
  });

  describe('scorecard', () => {
    it('lists what the caller may read, with facets and totals', async () => {
      const res = await get('/scorecard');
      expect(res.status).toBe(200);
      expectValidResponse(res, '/scorecard', 'get');
      const names = res.body.items.map((row: { name: string }) => row.name);
      expect(names).toContain('payments');
      expect(names).toContain('hidden');
      expect(names).not.toContain('retired');
      expect(names).not.toContain('people');
      expect(res.body).toMatchObject({
        totalItems: names.length,
        limit: 50,
        offset: 0,
        totals: { entities: names.length },
      });
      expect(res.body.facets.owner).toContainEqual({
        value: 'group:default/team-b',
        count: 1,
      });
      expect(res.body.facets.kind).toEqual([
        { value: 'Component', count: names.length },
      ]);
    });

    it('filters by what applies in every scorecard route', async () => {
      for (const path of [
        '/scorecard',
        '/scorecard/facets',
        '/scorecard/groups?by=owner&',
        '/scorecard/trend',
        '/scorecard/areas',
        '/scorecard/export.csv',
      ]) {
        const sep = path.includes('?') ? '' : '?';
        const none = await get(`${path}${sep}applicability=none`);
        expect(none.status).toBe(200);
        const bad = await get(`${path}${sep}applicability=some`);
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toContain('applicability');
      }
      // The test model applies to every entity.
      const none = await get('/scorecard?applicability=none');
      expectValidResponse(none, '/scorecard', 'get');
      expect(none.body.items).toEqual([]);
      const all = await get('/scorecard?applicability=all');
      expect(all.body.totals).toMatchObject({ nothingApplies: 0 });
      expect(all.body.items.every((row: any) => row.applicable)).toBe(true);
    });

    it('leaves the facet counts out when asked, to serve them apart', async () => {
      const full = await get('/scorecard?owner=team-b');
      const rows = await get('/scorecard?owner=team-b&facets=false');
      expect(rows.status).toBe(200);
      expectValidResponse(rows, '/scorecard', 'get');
      expect(rows.body).not.toHaveProperty('facets');
      const { facets, ...rest } = full.body;
      expect(rows.body).toEqual(rest);

      const counts = await get('/scorecard/facets?owner=team-b');
      expect(counts.status).toBe(200);
      expectValidResponse(counts, '/scorecard/facets', 'get');
      expect(counts.body).toEqual({ facets });
      // Counted without the owner filter, as in every facet.
      expect(facets.owner).toContainEqual({
        value: 'group:default/team-a',
        count: 2,
      });

      const bad = await get('/scorecard/facets?belowTarget=perhaps');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('belowTarget');
      decisions.read = { result: AuthorizeResult.DENY };
      const denied = await get('/scorecard/facets');
      expect(Object.values(denied.body.facets)).toEqual(Array(7).fill([]));
    });

    it('filters, sorts and pages', async () => {
      const byOwner = await get('/scorecard?owner=team-b');
      expect(byOwner.body.items.map((r: any) => r.name)).toEqual(['web']);
      const byFullRef = await get('/scorecard?owner=group:default/team-b');
      expect(byFullRef.body.items.map((r: any) => r.name)).toEqual(['web']);
      const byTags = await get('/scorecard?tag=java&tag=secret&orderBy=name');
      expect(byTags.body.items.map((r: any) => r.name)).toEqual([
        'hidden',
        'payments',
      ]);
      const byArea = await get('/scorecard?orderBy=alpha&order=desc&limit=1');
      expect(byArea.body.items.map((r: any) => r.name)).toEqual(['payments']);
      expect(byArea.body.items[0].areas.alpha).toEqual({
        applicable: true,
        level: 'crawl',
        progress: 0,
      });
      const below = await get('/scorecard?belowTarget=true');
      expect(below.body.items.map((r: any) => r.name)).toEqual(['payments']);
      const text = await get('/scorecard?q=SHOP');
      expect(text.body.items.map((r: any) => r.name)).toEqual(['web']);
      const phase = await get('/scorecard?phase=run');
      expect(phase.body.items).toEqual([]);
      const fresh = await get('/scorecard?stale=false&limit=2&offset=1');
      expect(fresh.body.items).toHaveLength(2);
    });

    it.each([
      ['orderBy=nonsense', 'orderBy'],
      ['limit=501', 'limit'],
      ['offset=-1', 'offset'],
      ['order=up', 'order'],
      ['stale=maybe', 'stale'],
      ['phase=fly', 'phase'],
      ['owner=x%3A', 'owner'],
      ['facets=some', 'facets'],
      ['colour=red', 'colour'],
    ])('answers 400 for scorecard?%s', async (query, param) => {
      const res = await get(`/scorecard?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(param);
      expectValidResponse(res, '/scorecard', 'get');
    });

    it('shows nothing when the read permission is denied', async () => {
      decisions.read = { result: AuthorizeResult.DENY };
      const res = await get('/scorecard');
      expect(res.body.items).toEqual([]);
      expect(res.body.totalItems).toBe(0);
      const csv = await get('/scorecard/export.csv');
      expect(csv.text.trim().split('\r\n')).toHaveLength(1);
    });

    it('shows only entities the catalog returns when conditional', async () => {
      decisions.read = conditionalCatalogRead(['group:default/team-a']);
      const res = await get('/scorecard');
      const names = res.body.items.map((r: any) => r.name);
      expect(names).toContain('payments');
      expect(names).not.toContain('hidden');
      const groups = await get('/scorecard/groups?by=owner');
      const teamA = groups.body.items.find(
        (g: any) => g.key === 'group:default/team-a',
      );
      expect(teamA.entities).toBe(1);
    });

    it('rolls up groups', async () => {
      const res = await get(
        '/scorecard/groups?by=owner&orderBy=entities&order=desc',
      );
      expect(res.status).toBe(200);
      expectValidResponse(res, '/scorecard/groups', 'get');
      expect(res.body.by).toBe('owner');
      expect(res.body.items[0]).toMatchObject({
        key: 'group:default/team-c',
        entities: 7,
      });
      expect(res.body.items[0].areas.alpha).toEqual(
        expect.objectContaining({ 'not-started': expect.any(Number) }),
      );
      const paged = await get('/scorecard/groups?by=system&limit=1&offset=1');
      expect(paged.body).toMatchObject({ totalItems: 2, limit: 1, offset: 1 });
      expect(paged.body.items).toEqual([
        expect.objectContaining({ key: null }),
      ]);
    });

    it.each(['', 'by=team', 'by=owner&orderBy=name'])(
      'answers 400 for groups?%s',
      async query => {
        const res = await get(`/scorecard/groups?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/by|orderBy/);
      },
    );

    it('serves the org trend', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const res = await get('/scorecard/trend?owner=team-b');
      expect(res.status).toBe(200);
      expectValidResponse(res, '/scorecard/trend', 'get');
      expect(res.body.to).toBe(today);
      expect(res.body.items).toEqual([
        expect.objectContaining({ day: today, entities: 1 }),
      ]);
      const bad = await get('/scorecard/trend?from=2020-01-01');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('from');
    });

    it('counts the phases per area of the selected entities', async () => {
      const all = await get('/scorecard/areas');
      expect(all.status).toBe(200);
      expectValidResponse(all, '/scorecard/areas', 'get');
      const total = (await get('/scorecard')).body.totalItems;
      const sum = (counts: Record<string, number>) =>
        Object.values(counts).reduce((a, b) => a + b, 0);
      expect(Object.keys(all.body.areas)).toEqual(['alpha', 'beta']);
      expect(sum(all.body.areas.alpha)).toBe(total);
      expect(sum(all.body.areas.beta)).toBe(total);

      const payments = await get('/scorecard/areas?q=payments');
      expect(payments.body.areas.alpha).toEqual({
        'not-started': 0,
        crawl: 1,
        walk: 0,
        run: 0,
      });

      decisions.read = { result: AuthorizeResult.DENY };
      const none = await get('/scorecard/areas');
      expect(sum(none.body.areas.alpha)).toBe(0);
      const bad = await get('/scorecard/areas?stale=maybe');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('stale');
    });

    it('lists the exempt entities the caller may read, with their reasons', async () => {
      const res = await get('/scorecard/exempt');
      expect(res.status).toBe(200);
      expectValidResponse(res, '/scorecard/exempt', 'get');
      expect(res.body).toEqual({
        items: [
          {
            entity: expect.objectContaining({
              entityRef: 'component:default/retired',
              owner: 'group:default/team-a',
            }),
            exemptReason: 'Gone',
          },
          {
            entity: expect.objectContaining({
              entityRef: 'component:default/sunset',
              owner: 'group:default/team-b',
            }),
            exemptReason: 'Replaced by web',
          },
        ],
        totalItems: 2,
        limit: 50,
        offset: 0,
      });
      const paged = await get('/scorecard/exempt?limit=1&offset=1');
      expect(paged.body.items.map((e: any) => e.entity.name)).toEqual([
        'sunset',
      ]);
      expect(paged.body.totalItems).toBe(2);

      // Only the entities the catalog returns to the caller: not `sunset`.
      decisions.read = conditionalCatalogRead(['group:default/team-a']);
      const visible = await get('/scorecard/exempt');
      expect(visible.body.items.map((e: any) => e.entity.name)).toEqual([
        'retired',
      ]);
      expect(visible.body.totalItems).toBe(1);
      decisions.read = { result: AuthorizeResult.DENY };
      const denied = await get('/scorecard/exempt');
      expect(denied.body).toMatchObject({ items: [], totalItems: 0 });

      const bad = await get('/scorecard/exempt?limit=0');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('limit');
    });

    it('exports the filtered scorecard as CSV', async () => {
      const res = await get('/scorecard/export.csv?owner=team-b');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain('attachment');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toMatch(/^entityRef,kind,namespace,name,title,owner,/);
      expect(lines[0]).toContain('alpha level,alpha progress %');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('"Web, ""the"" shop"');

      const all = await get('/scorecard/export.csv?orderBy=name');
      const total = (await get('/scorecard')).body.totalItems;
      expect(all.text.trim().split('\r\n')).toHaveLength(total + 1);
      const bad = await get('/scorecard/export.csv?orderBy=nonsense');
      expect(bad.status).toBe(400);
    });
  });

  describe('sync', () => {
    it('starts the scheduled sync for callers with the sync permission', async () => {
      const res = await request(server).post(`${API}/sync`);
      expect(res.status).toBe(202);
      expectValidResponse(res, '/sync', 'post');
      expect(res.body).toEqual({ status: 'started' });
      expect(auditEvents).toContainEqual(
        expect.objectContaining({
          eventId: 'catalog-sync',
          outcome: 'success',
        }),
      );
    });

    it('answers 403 without it', async () => {
      decisions.sync = AuthorizeResult.DENY;
      const res = await request(server).post(`${API}/sync`);
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expectValidResponse(res, '/sync', 'post');
    });
  });
});
