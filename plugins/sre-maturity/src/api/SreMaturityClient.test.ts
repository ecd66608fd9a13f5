import { MockFetchApi, registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { makeAssessment, testModelResponse } from '../testing/fixtures';
import {
  campaignProgress,
  groupMaturity,
  makeCampaign,
  makeCampaignHistory,
  makeCampaignListItem,
  makeEntityCampaign,
} from '../testing/campaignFixtures';
import { RevisionConflictError } from './RevisionConflictError';
import { SreMaturityClient } from './SreMaturityClient';

const BASE = 'http://backstage.test/api/sre-maturity';
const server = setupServer();

describe('SreMaturityClient', () => {
  registerMswTestHooks(server);

  const client = new SreMaturityClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    },
    fetchApi: new MockFetchApi({
      injectIdentityAuth: { token: 'user-token' },
    }),
  });

  it('reads the model with the user token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/model`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json(testModelResponse);
      }),
    );

    await expect(client.getModel()).resolves.toEqual(testModelResponse);
    expect(authorization).toBe('Bearer user-token');
  });

  it('addresses an entity by kind, namespace and name', async () => {
    const assessment = makeAssessment();
    server.use(
      http.get(`${BASE}/assessments/component/default/payments-api`, () =>
        HttpResponse.json(assessment),
      ),
    );

    await expect(
      client.getAssessment('component:default/payments-api'),
    ).resolves.toEqual(assessment);
  });

  it('sends an update and returns the new assessment', async () => {
    const updated = makeAssessment({ revision: 4 });
    let body: unknown;
    server.use(
      http.patch(
        `${BASE}/assessments/component/default/payments-api`,
        async ({ request }) => {
          body = await request.json();
          return HttpResponse.json(updated);
        },
      ),
    );
    const request = {
      revision: 3,
      answers: [
        { criterionId: 'on-call.crawl.schedule', status: 'met' as const },
      ],
    };

    await expect(
      client.updateAssessment('component:default/payments-api', request),
    ).resolves.toEqual(updated);
    expect(body).toEqual(request);
  });

  it('turns a 409 into a RevisionConflictError with the current assessment', async () => {
    const current = makeAssessment({ revision: 7 });
    server.use(
      http.patch(`${BASE}/assessments/component/default/payments-api`, () =>
        HttpResponse.json(
          {
            error: { name: 'ConflictError', message: 'Revision 3 is stale' },
            request: { method: 'PATCH', url: '/assessments/...' },
            response: { statusCode: 409 },
            current,
          },
          { status: 409 },
        ),
      ),
    );

    const error = await client
      .updateAssessment('component:default/payments-api', {
        revision: 3,
        answers: [{ criterionId: 'on-call.crawl.schedule', status: 'met' }],
      })
      .catch(e => e);

    expect(RevisionConflictError.is(error)).toBe(true);
    expect(error.current).toEqual(current);
    expect(ResponseError.is(error.cause)).toBe(true);
  });

  it('throws a ResponseError with the server message on failure', async () => {
    server.use(
      http.patch(`${BASE}/assessments/component/default/payments-api`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'answers[0].reason: is required',
            },
            request: { method: 'PATCH', url: '/' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );

    const error = await client
      .updateAssessment('component:default/payments-api', {
        revision: 0,
        answers: [
          { criterionId: 'on-call.crawl.schedule', status: 'not-applicable' },
        ],
      })
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe('answers[0].reason: is required');
  });

  it('pages history with cursor and criterion', async () => {
    let search = '';
    server.use(
      http.get(
        `${BASE}/assessments/component/default/payments-api/history`,
        ({ request }) => {
          search = new URL(request.url).search;
          return HttpResponse.json({ items: [] });
        },
      ),
    );

    await client.getHistory('component:default/payments-api', {
      limit: 10,
      cursor: 'abc',
      criterionId: 'on-call.crawl.schedule',
    });
    expect(search).toBe(
      '?limit=10&cursor=abc&criterionId=on-call.crawl.schedule',
    );
  });

  it('asks for the trend of an entity in a range', async () => {
    let search = '';
    server.use(
      http.get(
        `${BASE}/assessments/component/default/payments-api/trend`,
        ({ request }) => {
          search = new URL(request.url).search;
          return HttpResponse.json({ from: 'a', to: 'b', items: [] });
        },
      ),
    );

    await client.getEntityTrend('component:default/payments-api', {
      from: '2025-01-01',
      to: '2025-03-31',
    });
    expect(search).toBe('?from=2025-01-01&to=2025-03-31');
  });

  it('repeats array filters and leaves out absent ones', async () => {
    let search = '';
    server.use(
      http.get(`${BASE}/scorecard`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({});
      }),
    );

    await client.getScorecardRows({
      owner: ['group:default/a', 'group:default/b'],
      kind: [],
      phase: ['crawl'],
      stale: false,
      q: 'pay',
      orderBy: 'score',
      order: 'desc',
      limit: 25,
      offset: 50,
    });
    expect(new URLSearchParams(search).getAll('owner')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(search).toBe(
      '?owner=group%3Adefault%2Fa&owner=group%3Adefault%2Fb&phase=crawl&stale=false&q=pay&orderBy=score&order=desc&limit=25&offset=50&facets=false',
    );
  });

  it('reads rows without facet counts, and the counts apart', async () => {
    const requests: string[] = [];
    server.use(
      http.get(`${BASE}/scorecard`, ({ request }) => {
        requests.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
      http.get(`${BASE}/scorecard/facets`, ({ request }) => {
        requests.push(
          new URL(request.url).pathname + new URL(request.url).search,
        );
        return HttpResponse.json({ facets: {} });
      }),
    );

    await client.getScorecardRows({ owner: ['team-a'], limit: 25 });
    await client.getScorecardFacets({ owner: ['team-a'], stale: true });
    expect(requests).toEqual([
      '?owner=team-a&limit=25&facets=false',
      '/api/sre-maturity/scorecard/facets?owner=team-a&stale=true',
    ]);
  });

  it('reads groups and the org trend with their parameters', async () => {
    const searches: string[] = [];
    server.use(
      http.get(`${BASE}/scorecard/groups`, ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json({ by: 'owner', items: [] });
      }),
      http.get(`${BASE}/scorecard/trend`, ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
      http.get(`${BASE}/scorecard/areas`, ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json({ areas: {} });
      }),
    );

    await client.getScorecardGroups({ by: 'system', belowTarget: true });
    await client.getScorecardTrend({ system: ['pay'], from: '2025-01-01' });
    await client.getScorecardAreas({ owner: ['team-a', 'team-b'] });
    expect(searches).toEqual([
      '?by=system&belowTarget=true',
      '?system=pay&from=2025-01-01',
      '?owner=team-a&owner=team-b',
    ]);
  });

  it('reads a page of the exempt entities', async () => {
    let search: string | undefined;
    server.use(
      http.get(`${BASE}/scorecard/exempt`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({
          items: [],
          totalItems: 0,
          limit: 25,
          offset: 25,
        });
      }),
    );
    const page = await client.getScorecardExempt({ limit: 25, offset: 25 });
    expect(search).toBe('?limit=25&offset=25');
    expect(page.totalItems).toBe(0);
  });

  it('downloads the export with credentials, without paging', async () => {
    let request: Request | undefined;
    server.use(
      http.get(`${BASE}/scorecard/export.csv`, ({ request: r }) => {
        request = r;
        return new HttpResponse('entityRef,overall\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="scorecard.csv"',
          },
        });
      }),
    );

    const file = await client.downloadExport({
      owner: ['group:default/a'],
      orderBy: 'score',
      limit: 50,
      offset: 100,
    });

    expect(file.fileName).toBe('scorecard.csv');
    expect(await file.blob.text()).toBe('entityRef,overall\n');
    expect(request!.headers.get('authorization')).toBe('Bearer user-token');
    expect(new URL(request!.url).search).toBe(
      '?owner=group%3Adefault%2Fa&orderBy=score',
    );
  });

  it('reports a failed export as a ResponseError', async () => {
    server.use(
      http.get(`${BASE}/scorecard/export.csv`, () =>
        HttpResponse.json(
          {
            error: { name: 'InputError', message: 'bad orderBy' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );

    const error = await client.downloadExport().catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.body.error.message).toBe('bad orderBy');
  });

  it('triggers a sync with a POST', async () => {
    server.use(
      http.post(`${BASE}/sync`, () =>
        HttpResponse.json({ status: 'alreadyRunning' }, { status: 202 }),
      ),
    );

    await expect(client.sync()).resolves.toEqual({ status: 'alreadyRunning' });
  });

  it("reads a group's roll-up with its filters", async () => {
    let url: URL | undefined;
    server.use(
      http.get(
        `${BASE}/groups/group/default/payments/maturity`,
        ({ request }) => {
          url = new URL(request.url);
          return HttpResponse.json(groupMaturity);
        },
      ),
    );

    await expect(
      client.getGroupMaturity('group:default/payments', {
        kind: ['Component'],
      }),
    ).resolves.toEqual(groupMaturity);
    expect(url?.searchParams.getAll('kind')).toEqual(['Component']);
  });

  it('lists, creates and updates campaigns, and reads progress and history', async () => {
    const campaign = makeCampaign();
    const bodies: unknown[] = [];
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: [makeCampaignListItem()] }),
      ),
      http.post(`${BASE}/campaigns`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(campaign, { status: 201 });
      }),
      http.put(`${BASE}/campaigns/payments-walk`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ ...campaign, revision: 3 });
      }),
      http.get(`${BASE}/campaigns/payments-walk/progress`, () =>
        HttpResponse.json(campaignProgress),
      ),
      http.get(`${BASE}/campaigns/payments-walk/history`, () =>
        HttpResponse.json({ items: makeCampaignHistory() }),
      ),
      http.get(
        `${BASE}/assessments/component/default/payments-api/campaigns`,
        () => HttpResponse.json({ items: [makeEntityCampaign()] }),
      ),
    );
    const { id: _id, source: _s, revision: _r, ...input } = campaign;

    await expect(client.listCampaigns()).resolves.toEqual({
      items: [makeCampaignListItem()],
    });
    await expect(client.createCampaign(input)).resolves.toEqual(campaign);
    await expect(
      client.updateCampaign('payments-walk', { revision: 2, campaign: input }),
    ).resolves.toMatchObject({ revision: 3 });
    expect(bodies).toEqual([input, { revision: 2, campaign: input }]);
    await expect(client.getCampaignProgress('payments-walk')).resolves.toEqual(
      campaignProgress,
    );
    await expect(client.getCampaignHistory('payments-walk')).resolves.toEqual({
      items: makeCampaignHistory(),
    });
    await expect(
      client.getEntityCampaigns('component:default/payments-api'),
    ).resolves.toEqual({ items: [makeEntityCampaign()] });
  });

  it('turns a 409 to a campaign change into a RevisionConflictError with the current campaign', async () => {
    const current = makeCampaign({ revision: 5 });
    const conflict = () =>
      HttpResponse.json(
        {
          error: { name: 'ConflictError', message: 'Stale revision' },
          response: { statusCode: 409 },
          current,
        },
        { status: 409 },
      );
    let revision: string | null = null;
    server.use(
      http.put(`${BASE}/campaigns/payments-walk`, conflict),
      http.delete(`${BASE}/campaigns/payments-walk`, ({ request }) => {
        revision = new URL(request.url).searchParams.get('revision');
        return conflict();
      }),
    );

    const update = client.updateCampaign('payments-walk', {
      revision: 2,
      campaign: { ...current, managers: [] },
    });
    await expect(update).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(update).rejects.toMatchObject({ current });
    const deletion = client.deleteCampaign('payments-walk', 2);
    await expect(deletion).rejects.toMatchObject({ current });
    expect(revision).toBe('2');
  });

  it('deletes a campaign, and reports another failure as a ResponseError', async () => {
    server.use(
      http.delete(
        `${BASE}/campaigns/payments-walk`,
        () => new HttpResponse(null, { status: 204 }),
      ),
      http.delete(`${BASE}/campaigns/from-config`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Read-only' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    await expect(
      client.deleteCampaign('payments-walk', 2),
    ).resolves.toBeUndefined();
    await expect(
      client.deleteCampaign('from-config', 0),
    ).rejects.toBeInstanceOf(ResponseError);
  });
});
