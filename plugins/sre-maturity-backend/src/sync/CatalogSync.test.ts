import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  defaultModel,
  MaturityModel,
  RELATION_ENTITY_FIELDS,
} from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';
import { Knex } from 'knex';
import { SreMaturityStores } from '../database/createDatabaseStores';
import { ScorecardSelection } from '../database/types';
import { createCatalogEvidenceProvider } from '../evidence/catalogEvidenceProvider';
import { EvidenceCollector } from '../evidence/EvidenceCollector';
import { testEntity, testModel } from '../__testUtils__/fixtures';
import { testAnswer } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { CatalogSync, SYNC_ENTITY_FIELDS } from './CatalogSync';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const catalogEntities = [
  testEntity('one', { annotations: { 'pagerduty.com/service-id': 'P1' } }),
  testEntity('two'),
  testEntity('three', { kind: 'API', type: 'openapi' }),
  testEntity('four'),
  testEntity('someone', { kind: 'User' }),
  testEntity('team', { kind: 'Group' }),
];

const everything: ScorecardSelection = {
  filter: {},
  visibility: { type: 'all' },
  staleBefore: new Date(0),
};

describe.each(databases.eachSupportedId())('CatalogSync on %p', databaseId => {
  let knex: Knex;
  let stores: SreMaturityStores;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    stores = await testStores(knex);
  });

  function createSync(
    entities: Entity[],
    providers: EvidenceProvider[] = [createCatalogEvidenceProvider()],
    options: { model?: MaturityModel; pageSize?: number } = {},
  ) {
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const sync = new CatalogSync({
      catalog,
      auth: mockServices.auth(),
      assessmentStore: stores.assessments,
      entityStore: stores.entities,
      groupTree: stores.groups,
      scorecard: stores.scorecard,
      evidence: new EvidenceCollector(
        providers,
        stores.evidenceCache,
        mockServices.logger.mock(),
      ),
      model: options.model ?? testModel,
      staleAfterDays: 30,
      excludeKinds: new Set(['user', 'group']),
      pageSize: options.pageSize ?? 2,
      logger: mockServices.logger.mock(),
    });
    return { sync, queryEntities };
  }

  /** Answers `beta.crawl.owned` as met, as a user would. */
  const answerOwned = async (entity: Entity) => {
    const { revision } = await stores.assessments.getAssessmentState(
      `component:default/${entity.metadata.name}`,
    );
    await setTestAnswers(stores, entity, revision, [
      {
        criterionId: 'beta.crawl.owned',
        answer: testAnswer('beta.crawl.owned', 'met'),
      },
    ]);
  };

  const scorecard = async () =>
    stores.scorecard.page(
      everything,
      { column: 'name', direction: 'asc' },
      { limit: 100, offset: 0 },
    );

  it('reads the catalog in pages with only the fields it needs', async () => {
    const { sync, queryEntities } = createSync(catalogEntities);
    const summary = await sync.run();

    expect(summary).toEqual({
      entities: 4,
      updated: 4,
      removed: 0,
      groups: 1,
      pendingSources: 0,
      durationMs: expect.any(Number),
    });
    expect(queryEntities).toHaveBeenCalledTimes(3);
    // The built-in provider reads the declared relations too.
    const fields = [
      ...new Set([...SYNC_ENTITY_FIELDS, ...RELATION_ENTITY_FIELDS]),
    ];
    expect(queryEntities.mock.calls[0][0]).toEqual({ limit: 2, fields });
    expect(queryEntities.mock.calls[1][0]).toEqual({
      cursor: expect.any(String),
      limit: 2,
      fields,
    });
    expect(queryEntities.mock.calls[0][1]).toEqual({
      credentials: expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    });

    const rows = await scorecard();
    expect(rows.map(row => row.name)).toEqual(['four', 'one', 'three', 'two']);
    expect(rows[1]).toMatchObject({
      name: 'one',
      areas: { alpha: { level: 'not-started', progress: 0.5 } },
    });
  });

  it('writes a page of 1,000 entities, the most the config allows', async () => {
    // With the default model's seven areas, one page makes 7,000 area rows,
    // beyond SQLite's 500 terms of a compound SELECT per statement.
    const entities = Array.from({ length: 1000 }, (_, i) =>
      testEntity(`service-${i}`, { tags: ['java', `tag-${i % 40}`] }),
    );
    const { sync } = createSync(entities, [createCatalogEvidenceProvider()], {
      model: defaultModel,
      pageSize: 1000,
    });
    expect(await sync.run()).toMatchObject({ entities: 1000, updated: 1000 });
    const rowsOf = async (table: string) =>
      Number((await knex(table).count({ n: '*' }))[0].n);
    expect(await rowsOf('sre_maturity_area_results')).toBe(7000);
    expect(await rowsOf('sre_maturity_entity_tags')).toBe(2000);
  });

  it('writes nothing the second time when nothing changed', async () => {
    const { sync } = createSync(catalogEntities);
    await sync.run();
    expect(await sync.run()).toMatchObject({
      entities: 4,
      updated: 0,
      removed: 0,
    });
  });

  it('marks entities that left the catalog, keeping their answers', async () => {
    await createSync(catalogEntities).sync.run();
    await answerOwned(catalogEntities[1]);

    const withoutTwo = catalogEntities.filter(e => e.metadata.name !== 'two');
    expect(await createSync(withoutTwo).sync.run()).toMatchObject({
      entities: 3,
      removed: 1,
    });
    expect((await scorecard()).map(row => row.name)).toEqual([
      'four',
      'one',
      'three',
    ]);
    const kept = await stores.assessments.getAssessmentState(
      'component:default/two',
    );
    expect(kept.answers).toHaveLength(1);
    const history = await stores.assessments.listHistory(
      'component:default/two',
      {
        limit: 10,
      },
    );
    expect(history.items).toHaveLength(1);

    expect(await createSync(catalogEntities).sync.run()).toMatchObject({
      entities: 4,
      removed: 0,
    });
    expect((await scorecard()).map(row => row.name)).toContain('two');
  });

  it('stops between pages when aborted, marking nothing removed', async () => {
    await createSync(catalogEntities).sync.run();

    const withoutTwo = catalogEntities.filter(e => e.metadata.name !== 'two');
    const { sync, queryEntities } = createSync(withoutTwo);
    const controller = new AbortController();
    const source = catalogServiceMock({ entities: withoutTwo });
    queryEntities.mockImplementationOnce(async (request, options) => {
      controller.abort();
      return source.queryEntities(request, options);
    });
    await expect(sync.run(controller.signal)).rejects.toThrow(/abort/i);
    expect(queryEntities).toHaveBeenCalledTimes(1);
    expect((await scorecard()).map(row => row.name)).toContain('two');
  });

  it('asks for the fields providers need and survives failing ones', async () => {
    const extra: EvidenceProvider = {
      id: 'extra',
      entityFields: ['spec.dependsOn'],
      async getEvidence({ entity }) {
        return entity.spec?.dependsOn
          ? [
              {
                criterionId: 'beta.walk.tested',
                provider: 'extra',
                key: 'dependsOn',
                value: String(entity.spec.dependsOn),
              },
            ]
          : [];
      },
    };
    const failing: EvidenceProvider = {
      id: 'failing',
      async getEvidence() {
        throw new Error('down');
      },
    };
    const entity = testEntity('deps');
    entity.spec = { ...entity.spec, dependsOn: ['resource:db'] };
    const { sync, queryEntities } = createSync([entity], [extra, failing]);
    expect(await sync.run()).toMatchObject({ entities: 1, updated: 1 });
    expect(queryEntities.mock.calls[0][0]).toMatchObject({
      fields: [...SYNC_ENTITY_FIELDS, 'spec.dependsOn'],
    });
    const row = await knex('sre_maturity_entity_evidence')
      .where('entity_ref', 'component:default/deps')
      .first();
    expect(JSON.parse(row.evidence)).toEqual([
      expect.objectContaining({ provider: 'extra', key: 'dependsOn' }),
    ]);
  });

  it('recomputes entities updated while their batch was computed', async () => {
    const { sync } = createSync([testEntity('busy')]);
    const readStates = stores.assessments.getAssessmentStates.bind(
      stores.assessments,
    );
    jest
      .spyOn(stores.assessments, 'getAssessmentStates')
      .mockImplementationOnce(async refs => {
        const states = await readStates(refs);
        await answerOwned(testEntity('busy'));
        return states;
      });

    await sync.run();
    const [row] = await scorecard();
    expect(row).toMatchObject({ name: 'busy', score: 14 });
  });

  it('keeps the group tree: parents from spec.parent or childOf, titles, cycles', async () => {
    const group = (name: string, spec: object, more: Partial<Entity> = {}) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [], ...spec },
      ...more,
    });
    const groups: Entity[] = [
      group('org', { profile: { displayName: 'The Org' } }),
      group('payments', { parent: 'org' }),
      group('checkout', { parent: 'group:default/payments' }),
      // Listed by its parent's spec.children only: the catalog adds childOf.
      group(
        'billing',
        {},
        {
          relations: [{ type: 'childOf', targetRef: 'group:default/payments' }],
        },
      ),
      group('loop-a', { parent: 'loop-b' }),
      group('loop-b', { parent: 'loop-a' }),
    ];
    const { sync } = createSync([...catalogEntities.slice(0, 2), ...groups]);
    expect(await sync.run()).toMatchObject({ entities: 2, groups: 6 });

    const tree = await stores.groups.getGroupTree();
    expect(tree.get('group:default/org')).toEqual({
      entityRef: 'group:default/org',
      title: 'The Org',
    });
    expect(tree.children('group:default/payments')).toEqual([
      'group:default/billing',
      'group:default/checkout',
    ]);
    expect(tree.withSubgroups(['group:default/org'])).toEqual([
      'group:default/org',
      'group:default/payments',
      'group:default/billing',
      'group:default/checkout',
    ]);
    expect(tree.withSubgroups(['group:default/loop-a'])).toEqual([
      'group:default/loop-a',
      'group:default/loop-b',
    ]);

    // A group gone from the catalog leaves the tree at the next sync.
    await createSync(groups.slice(0, 2)).sync.run();
    expect(
      (await stores.groups.getGroupTree()).withSubgroups(['group:default/org']),
    ).toEqual(['group:default/org', 'group:default/payments']);
  });
});
