import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import request from 'supertest';
import { conditionalCatalogRead } from '../__testUtils__/decisions';
import { testConfig, testEntity } from '../__testUtils__/fixtures';
import {
  AuditRecord,
  startSreMaturityBackend,
  TestDecisions,
} from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const ALICE = 'user:default/alice';

const entities = [
  testEntity('payments', {
    owner: ALICE,
    annotations: { 'pagerduty.com/service-id': 'P123' },
  }),
  testEntity('search', { owner: 'user:default/bob' }),
  testEntity('secret', { owner: ALICE }),
];

type ToolResult = {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, any>;
};

describe.each(databases.eachSupportedId())('MCP actions on %p', databaseId => {
  let server: Awaited<ReturnType<typeof startSreMaturityBackend>>['server'];
  let auditEvents: AuditRecord[];
  let decisions: TestDecisions;
  const clients: Client[] = [];

  /** An MCP client of the backend's MCP server, with the caller's token. */
  async function connect(authorization: string) {
    const client = new Client({ name: 'sre-maturity-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${server.port()}/api/mcp-actions/v1`),
        { requestInit: { headers: { Authorization: authorization } } },
      ),
    );
    clients.push(client);
    return client;
  }

  let alice: Client;
  const call = async (
    name: string,
    args: Record<string, unknown>,
    client = alice,
  ) =>
    (await client.callTool({
      name: `sre-maturity.${name}`,
      arguments: args,
    })) as ToolResult;
  const maturityOf = async (entityRef: string) =>
    (await call('get-entity-maturity', { entityRef })).structuredContent!;

  beforeAll(async () => {
    const backend = await startSreMaturityBackend({
      knex: await databases.init(databaseId),
      entities,
      hidden: ['component:default/secret'],
      config: {
        ...testConfig,
        backend: { actions: { pluginSources: ['sre-maturity'] } },
      },
      features: [
        mcpActionsPlugin,
        actionsRegistryServiceFactory,
        actionsServiceFactory,
      ],
    });
    ({ server, auditEvents, decisions } = backend);
    decisions.update = 'owner';
    // The test backend's mock scheduler runs the sync before answering.
    await request(server).post('/api/sre-maturity/sync').expect(202);
    alice = await connect(mockCredentials.user.header(ALICE));
  });

  afterAll(async () => {
    await Promise.all(clients.map(client => client.close()));
  });

  it('lists the tools, marking which only read', async () => {
    const { tools } = await alice.listTools();
    expect(
      Object.fromEntries(
        tools.map(tool => [tool.name, tool.annotations?.readOnlyHint]),
      ),
    ).toEqual({
      'sre-maturity.get-entity-maturity': true,
      'sre-maturity.list-entities': true,
      'sre-maturity.get-model': true,
      'sre-maturity.explain-criterion': true,
      'sre-maturity.record-answers': false,
    });
    const recordAnswers = tools.find(
      tool => tool.name === 'sre-maturity.record-answers',
    );
    expect(recordAnswers?.inputSchema.required).toEqual([
      'entityRef',
      'revision',
      'answers',
    ]);
  });

  it("reads an entity's maturity and what it misses for its next phase", async () => {
    const result = await call('get-entity-maturity', {
      entityRef: 'component:default/payments',
    });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      entityRef: 'component:default/payments',
      owner: ALICE,
      revision: 0,
      overall: 'not-started',
      applicable: true,
    });
    expect(result.structuredContent!.areas[0]).toEqual({
      areaId: 'alpha',
      title: 'Alpha',
      phase: 'not-started',
      gap: 0,
      nextPhase: 'crawl',
      progress: 0.5,
      missing: [
        {
          criterionId: 'alpha.crawl.documented',
          title: 'Criterion documented',
          status: 'unknown',
          catalogEvidence: {
            annotations: [],
            linkTypes: ['runbook'],
            techDocs: false,
            relations: [],
          },
        },
      ],
    });
    expect(JSON.parse(result.content[0].text!)).toEqual(
      result.structuredContent,
    );
  });

  it('does not show entities the caller may not read', async () => {
    const result = await call('get-entity-maturity', {
      entityRef: 'component:default/secret',
    });
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toMatch(/^NotFoundError: /);
  });

  it('queries the scorecard as the caller sees it, at most 100 entities a call', async () => {
    // The catalog returns the caller all but the hidden entity.
    decisions.read = conditionalCatalogRead([ALICE]);
    const result = await call('list-entities', {
      owner: [ALICE],
      orderBy: 'score',
      order: 'desc',
    });
    expect(result.structuredContent).toEqual({
      totalItems: 1,
      offset: 0,
      limit: 20,
      items: [
        expect.objectContaining({
          entityRef: 'component:default/payments',
          overall: 'not-started',
          areas: { alpha: 'not-started', beta: 'not-started' },
        }),
      ],
    });

    decisions.read = { result: AuthorizeResult.ALLOW };

    // The test model applies to every entity.
    const nothingApplies = await call('list-entities', {
      applicability: 'none',
    });
    expect(nothingApplies.structuredContent).toMatchObject({
      totalItems: 0,
      items: [],
    });

    const tooMany = await call('list-entities', { limit: 101 });
    expect(tooMany.isError).toBe(true);
    expect(tooMany.content[0].text).toMatch(/^InputError: /);
  });

  it('describes the model and its criteria', async () => {
    const model = (await call('get-model', {})).structuredContent!;
    expect(model.staleAfterDays).toBe(30);
    expect(model.areas[0].phases[0].criteria).toEqual([
      { id: 'alpha.crawl.paged', title: 'Criterion paged' },
      { id: 'alpha.crawl.documented', title: 'Criterion documented' },
    ]);

    const criterion = await call('explain-criterion', {
      criterionId: 'alpha.crawl.paged',
    });
    expect(criterion.structuredContent).toMatchObject({
      areaId: 'alpha',
      phase: 'crawl',
      description: 'Description of paged',
      catalogEvidence: {
        annotations: ['pagerduty.com/service-id'],
        linkTypes: [],
      },
    });
  });

  it('records an answer, audited like the REST API', async () => {
    const result = await call('record-answers', {
      entityRef: 'component:default/payments',
      revision: 0,
      answers: [
        {
          criterionId: 'alpha.crawl.documented',
          status: 'met',
          note: 'Runbook in the wiki',
        },
      ],
    });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      revision: 1,
      areas: [
        expect.objectContaining({ areaId: 'alpha', phase: 'crawl' }),
        expect.objectContaining({ areaId: 'beta' }),
      ],
    });

    const assessment = await request(server)
      .get('/api/sre-maturity/assessments/component/default/payments')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(
      assessment.body.assessment.areas[0].criteria.find(
        (c: { criterionId: string }) =>
          c.criterionId === 'alpha.crawl.documented',
      ).answer,
    ).toMatchObject({ status: 'met', answeredBy: ALICE });
    expect(auditEvents).toContainEqual({
      eventId: 'assessment-update',
      meta: {
        entityRef: 'component:default/payments',
        revision: 0,
        criteria: ['alpha.crawl.documented'],
        actor: ALICE,
      },
      outcome: 'success',
    });
  });

  it('refuses a stale revision with the current state, writing nothing', async () => {
    const result = await call('record-answers', {
      entityRef: 'component:default/payments',
      revision: 0,
      answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
    });
    expect(result.isError).toBe(true);
    const text = result.content[0].text!;
    expect(text).toMatch(
      /^ConflictError: Revision 0 is stale; the assessment is at revision 1\. Nothing was written\. The current state: /,
    );
    const current = JSON.parse(text.slice(text.indexOf('{')));
    expect(current).toEqual(await maturityOf('component:default/payments'));
    expect(current.revision).toBe(1);
    expect(current.areas[1].missing[0]).toMatchObject({
      criterionId: 'beta.crawl.owned',
      status: 'unknown',
    });
    expect(auditEvents).toContainEqual(
      expect.objectContaining({
        eventId: 'assessment-update',
        meta: expect.objectContaining({ revision: 0, actor: ALICE }),
        outcome: 'fail',
        error: expect.objectContaining({ name: 'ConflictError' }),
      }),
    );
  });

  it('refuses answers on an entity the caller may not update', async () => {
    const result = await call('record-answers', {
      entityRef: 'component:default/search',
      revision: 0,
      answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
    });
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toBe(
      "NotAllowedError: You are not allowed to update the assessment of 'component:default/search'",
    );
    expect((await maturityOf('component:default/search')).revision).toBe(0);
  });

  it('refuses answers from a service, which is no user', async () => {
    const service = await connect(mockCredentials.service.header());
    const result = await call(
      'record-answers',
      {
        entityRef: 'component:default/payments',
        revision: 1,
        answers: [{ criterionId: 'beta.crawl.owned', status: 'met' }],
      },
      service,
    );
    expect(result.isError).toBe(true);
    expect(result.content[0].text).toBe(
      'NotAllowedError: Only users may record answers',
    );
    expect((await maturityOf('component:default/payments')).revision).toBe(1);
  });
});
