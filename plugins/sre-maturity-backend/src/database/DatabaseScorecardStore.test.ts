import { ScorecardFilter } from '@sre-maturity/backstage-plugin-common';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { SNAPSHOTS } from './tables';
import { EntityVisibility, ScorecardOrder, ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const longAgo = new Date(now.getTime() - 60 * DAY);

const ALL_CRITERIA = [
  'alpha.crawl.paged',
  'alpha.crawl.documented',
  'alpha.walk.measured',
  'alpha.run.automated',
  'beta.crawl.owned',
  'beta.walk.tested',
  'beta.run.chaos',
];

// Scores: a-svc 100 (run), b-svc 43 (crawl, two phases below its target),
// d-lib 14 (stale answer), the rest 0.
const records = [
  testRecord(
    testEntity('a-svc', {
      system: 'pay',
      tags: ['java', 'api'],
      annotations: { 'sre-maturity.io/target-phase': 'walk' },
    }),
    ALL_CRITERIA.map(id => testAnswer(id, 'met')),
  ),
  testRecord(
    testEntity('b-svc', {
      system: 'pay',
      tags: ['java'],
      annotations: { 'sre-maturity.io/target-phase': 'run' },
    }),
    ['alpha.crawl.paged', 'alpha.crawl.documented', 'beta.crawl.owned'].map(
      id => testAnswer(id, 'met'),
    ),
  ),
  testRecord(
    testEntity('c-web', {
      owner: 'team-b',
      type: 'website',
      lifecycle: 'experimental',
      title: 'Checkout Web',
      tags: ['react'],
    }),
  ),
  testRecord(
    testEntity('d-lib', { owner: 'team-b', system: 'shop', type: 'library' }),
    [testAnswer('beta.crawl.owned', 'met', longAgo)],
  ),
  testRecord(
    testEntity('e-api', {
      kind: 'API',
      owner: 'team-c',
      system: 'shop',
      type: 'openapi',
    }),
  ),
  testRecord(testEntity('h-under', { owner: 'team-c', title: '100%_done' })),
  // Their tags count nowhere.
  testRecord(
    testEntity('f-exempt', {
      tags: ['java', 'legacy'],
      annotations: { 'sre-maturity.io/exempt': 'Retired' },
    }),
  ),
  testRecord(testEntity('g-gone', { tags: ['java', 'legacy'] }), [], {
    scorable: false,
  }),
];

const ref = (name: string, kind = 'component') => `${kind}:default/${name}`;

describe.each(databases.eachSupportedId())(
  'DatabaseScorecardStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
      await stores.entities.saveSyncedEntities(records, new Map(), now);
    });

    const selection = (
      filter: ScorecardFilter = {},
      visibility: EntityVisibility = { type: 'all' },
    ): ScorecardSelection => ({
      filter,
      visibility,
      staleBefore: new Date(now.getTime() - 30 * DAY),
    });

    const byName: ScorecardOrder = { column: 'name', direction: 'asc' };
    const facetsOf = async (s: ScorecardSelection) =>
      (await stores.scorecard.aggregates(s)).facets;
    const totalsOf = async (s: ScorecardSelection) =>
      (await stores.scorecard.aggregates(s)).totals;

    const names = async (
      filter: ScorecardFilter = {},
      order: ScorecardOrder = byName,
      visibility?: EntityVisibility,
    ) =>
      (
        await stores.scorecard.page(selection(filter, visibility), order, {
          limit: 500,
          offset: 0,
        })
      ).map(row => row.name);

    it('lists the entities in the catalog that are not exempt', async () => {
      const page = await stores.scorecard.page(selection(), byName, {
        limit: 50,
        offset: 0,
      });
      expect(page.map(row => row.name)).toEqual([
        'a-svc',
        'b-svc',
        'c-web',
        'd-lib',
        'e-api',
        'h-under',
      ]);
      expect(page[0]).toEqual({
        entityRef: ref('a-svc'),
        kind: 'Component',
        namespace: 'default',
        name: 'a-svc',
        owner: 'group:default/team-a',
        system: 'system:default/pay',
        type: 'service',
        lifecycle: 'production',
        tags: ['java', 'api'],
        areas: {
          alpha: { applicable: true, level: 'run', progress: 1 },
          beta: { applicable: true, level: 'run', progress: 1 },
        },
        applicable: true,
        overall: 'run',
        score: 100,
        target: 'walk',
        gap: 0,
        lastAssessedAt: expect.any(String),
        stale: false,
      });
      expect(page[3]).toMatchObject({
        name: 'd-lib',
        stale: true,
        lastAssessedAt: longAgo.toISOString(),
      });
    });

    it('filters in SQL', async () => {
      expect(await names({ owner: ['group:default/team-b'] })).toEqual([
        'c-web',
        'd-lib',
      ]);
      expect(await names({ system: ['system:default/shop'] })).toEqual([
        'd-lib',
        'e-api',
      ]);
      expect(await names({ kind: ['API'] })).toEqual(['e-api']);
      expect(await names({ type: ['service', 'website'] })).toEqual([
        'a-svc',
        'b-svc',
        'c-web',
        'h-under',
      ]);
      expect(await names({ lifecycle: ['experimental'] })).toEqual(['c-web']);
      expect(await names({ tag: ['react', 'api'] })).toEqual([
        'a-svc',
        'c-web',
      ]);
      expect(await names({ phase: ['crawl'] })).toEqual(['b-svc']);
      expect(await names({ phase: ['run', 'crawl'] })).toEqual([
        'a-svc',
        'b-svc',
      ]);
      expect(await names({ stale: true })).toEqual(['d-lib']);
      expect(await names({ stale: false })).toHaveLength(5);
      expect(await names({ belowTarget: true })).toEqual(['b-svc']);
      expect(await names({ belowTarget: false })).toHaveLength(5);
      expect(await names({ q: 'checkout' })).toEqual(['c-web']);
      expect(await names({ q: 'SVC' })).toEqual(['a-svc', 'b-svc']);
      expect(await names({ q: '%_' })).toEqual(['h-under']);
      expect(
        await names({ owner: ['group:default/team-a'], tag: ['java'] }),
      ).toEqual(['a-svc', 'b-svc']);
    });

    it('searches titles whatever the case of their letters', async () => {
      const fresh = await databases.init(databaseId);
      const own = await testStores(fresh);
      for (const [name, title] of [
        ['zahlung', 'ÜBER-Zahlungsdienst'],
        ['servis', 'Сервис платежей'],
        ['plain', 'Plain'],
      ]) {
        await own.entities.saveEntityRecord(
          testRecord(testEntity(name, { title })),
          0,
          now,
        );
      }
      const found = async (q: string) =>
        (
          await own.scorecard.page(
            {
              filter: { q },
              visibility: { type: 'all' },
              staleBefore: longAgo,
            },
            byName,
            { limit: 10, offset: 0 },
          )
        ).map(row => row.name);
      expect(await found('über')).toEqual(['zahlung']);
      expect(await found('Über')).toEqual(['zahlung']);
      expect(await found('СЕРВИС')).toEqual(['servis']);
      expect(await found('платежей')).toEqual(['servis']);
      expect(await found('PLAIN')).toEqual(['plain']);
    });

    it('shows only what the caller may see', async () => {
      expect(await names({}, byName, { type: 'none' })).toEqual([]);
      const visible = [ref('other'), ref('c-web'), ref('a-svc')];
      // While the list is being stored, queries match against it as given.
      expect(
        await names({}, byName, {
          type: 'viewer',
          viewerId: 'viewer-1',
          refs: visible,
        }),
      ).toEqual(['a-svc', 'c-web']);
      await stores.visibleEntities.save('viewer-1', visible, now, new Date(0));
      expect(
        await names({}, byName, { type: 'viewer', viewerId: 'viewer-1' }),
      ).toEqual(['a-svc', 'c-web']);

      // Tags, counted without the entities when nothing else is filtered.
      const tags = [
        { value: 'api', count: 1 },
        { value: 'java', count: 1 },
        { value: 'react', count: 1 },
      ];
      for (const visibility of [
        { type: 'viewer', viewerId: 'viewer-1', refs: visible },
        { type: 'viewer', viewerId: 'viewer-1' },
      ] as const) {
        // Uncached: both visibilities have the cache key of the list.
        const { facets } = await new DatabaseScorecardStore(knex).aggregates(
          selection({}, visibility),
        );
        expect(facets.tag).toEqual(tags);
      }
      expect((await facetsOf(selection({}, { type: 'none' }))).tag).toEqual([]);
    });

    it('sorts by any column or area, missing values last', async () => {
      // Ties fall back to the entity ref: api:… sorts before component:….
      expect(await names({}, { column: 'score', direction: 'desc' })).toEqual([
        'a-svc',
        'b-svc',
        'd-lib',
        'e-api',
        'c-web',
        'h-under',
      ]);
      expect(await names({}, { column: 'name', direction: 'desc' })).toEqual([
        'h-under',
        'e-api',
        'd-lib',
        'c-web',
        'b-svc',
        'a-svc',
      ]);
      expect(
        (await names({}, { areaId: 'alpha', direction: 'desc' })).slice(0, 2),
      ).toEqual(['a-svc', 'b-svc']);
      expect(
        (await names({}, { areaId: 'beta', direction: 'asc' })).slice(-3),
      ).toEqual(['b-svc', 'd-lib', 'a-svc']);
      for (const direction of ['asc', 'desc'] as const) {
        expect(
          (await names({}, { column: 'system', direction })).slice(-2),
        ).toEqual(['c-web', 'h-under']);
        expect(
          (await names({}, { column: 'lastAssessedAt', direction })).slice(-3),
        ).toEqual(['e-api', 'c-web', 'h-under']);
      }
      expect(await names({}, { column: 'stale', direction: 'desc' })).toEqual([
        'd-lib',
        'e-api',
        'a-svc',
        'b-svc',
        'c-web',
        'h-under',
      ]);
      expect(
        (await names({}, { column: 'overall', direction: 'desc' })).slice(0, 3),
      ).toEqual(['a-svc', 'b-svc', 'd-lib']);
      expect(
        (await names({}, { column: 'title', direction: 'asc' }))[0],
      ).toEqual('h-under');
      expect(
        await names({}, { column: 'entityRef', direction: 'desc' }),
      ).toEqual(['h-under', 'd-lib', 'c-web', 'b-svc', 'a-svc', 'e-api']);
    });

    it('pages', async () => {
      const page = await stores.scorecard.page(selection(), byName, {
        limit: 2,
        offset: 2,
      });
      expect(page.map(row => row.name)).toEqual(['c-web', 'd-lib']);
      expect(
        await stores.scorecard.page(selection(), byName, {
          limit: 2,
          offset: 6,
        }),
      ).toEqual([]);
    });

    it('counts facet values with every filter but their own', async () => {
      const facets = await facetsOf(
        selection({ owner: ['group:default/team-a'] }),
      );
      expect(facets.owner).toEqual([
        { value: 'group:default/team-a', count: 2 },
        { value: 'group:default/team-b', count: 2 },
        { value: 'group:default/team-c', count: 2 },
      ]);
      expect(facets.kind).toEqual([{ value: 'Component', count: 2 }]);
      expect(facets.system).toEqual([
        { value: 'system:default/pay', count: 2 },
      ]);
      expect(facets.type).toEqual([{ value: 'service', count: 2 }]);
      expect(facets.lifecycle).toEqual([{ value: 'production', count: 2 }]);
      expect(facets.tag).toEqual([
        { value: 'java', count: 2 },
        { value: 'api', count: 1 },
      ]);
      expect(facets.phase).toEqual([
        { value: 'crawl', count: 1 },
        { value: 'run', count: 1 },
      ]);

      const byTag = await facetsOf(selection({ tag: ['react'] }));
      expect(byTag.tag).toEqual([
        { value: 'java', count: 2 },
        { value: 'api', count: 1 },
        { value: 'react', count: 1 },
      ]);
      expect(byTag.owner).toEqual([
        { value: 'group:default/team-b', count: 1 },
      ]);

      // Two column filters: each facet keeps the other's.
      const both = await stores.scorecard.aggregates(
        selection({
          owner: ['group:default/team-b'],
          phase: ['not-started'],
        }),
      );
      expect(both.facets.owner).toEqual([
        { value: 'group:default/team-b', count: 2 },
        { value: 'group:default/team-c', count: 2 },
      ]);
      expect(both.facets.phase).toEqual([{ value: 'not-started', count: 2 }]);
      expect(both.facets.kind).toEqual([{ value: 'Component', count: 2 }]);
      expect(both.totals).toMatchObject({
        entities: 2,
        byPhase: { 'not-started': 2, crawl: 0, walk: 0, run: 0 },
      });
    });

    it.each([
      ['with the facet counts', totalsOf],
      ['alone', (s: ScorecardSelection) => stores.scorecard.totals(s)],
    ])('totals the selection %s', async (_how, totalsBy) => {
      expect(await totalsBy(selection())).toEqual({
        entities: 6,
        nothingApplies: 0,
        averageScore: 26.2,
        byPhase: { 'not-started': 4, crawl: 1, walk: 0, run: 1 },
        stale: 1,
        belowTarget: 1,
      });
      expect(
        await totalsBy(selection({ phase: ['crawl', 'run'], stale: false })),
      ).toEqual({
        entities: 2,
        nothingApplies: 0,
        averageScore: 71.5,
        byPhase: { 'not-started': 0, crawl: 1, walk: 0, run: 1 },
        stale: 0,
        belowTarget: 1,
      });
      expect(await totalsBy(selection({}, { type: 'none' }))).toEqual({
        entities: 0,
        nothingApplies: 0,
        averageScore: 0,
        byPhase: { 'not-started': 0, crawl: 0, walk: 0, run: 0 },
        stale: 0,
        belowTarget: 0,
      });
    });

    it('counts the phases per area of the selection', async () => {
      expect(await stores.scorecard.areas(selection())).toEqual({
        alpha: { 'not-started': 4, crawl: 1, walk: 0, run: 1 },
        beta: { 'not-started': 3, crawl: 2, walk: 0, run: 1 },
      });
      expect(
        await stores.scorecard.areas(
          selection({ owner: ['group:default/team-b'] }),
        ),
      ).toEqual({
        alpha: { 'not-started': 2, crawl: 0, walk: 0, run: 0 },
        beta: { 'not-started': 1, crawl: 1, walk: 0, run: 0 },
      });
      expect(
        await stores.scorecard.areas(selection({}, { type: 'none' })),
      ).toEqual({});
    });

    it('rolls up per owner and system', async () => {
      const byOwner = await stores.scorecard.groups(selection(), {
        by: 'owner',
        orderBy: 'averageScore',
        order: 'desc',
        limit: 50,
        offset: 0,
      });
      expect(byOwner.totalItems).toBe(3);
      expect(byOwner.items.map(g => g.key)).toEqual([
        'group:default/team-a',
        'group:default/team-b',
        'group:default/team-c',
      ]);
      expect(byOwner.items[0]).toEqual({
        key: 'group:default/team-a',
        entities: 2,
        averageScore: 71.5,
        overall: { 'not-started': 0, crawl: 1, walk: 0, run: 1 },
        areas: {
          alpha: { 'not-started': 0, crawl: 1, walk: 0, run: 1 },
          beta: { 'not-started': 0, crawl: 1, walk: 0, run: 1 },
        },
        stale: 0,
        belowTarget: 1,
      });

      const bySystem = await stores.scorecard.groups(selection(), {
        by: 'system',
        orderBy: 'key',
        order: 'asc',
        limit: 2,
        offset: 1,
      });
      expect(bySystem.totalItems).toBe(3);
      expect(bySystem.items.map(g => [g.key, g.entities])).toEqual([
        ['system:default/shop', 2],
        [null, 2],
      ]);
      expect(bySystem.items[1].areas.alpha).toEqual({
        'not-started': 2,
        crawl: 0,
        walk: 0,
        run: 0,
      });

      const biggest = await stores.scorecard.groups(selection(), {
        by: 'system',
        orderBy: 'entities',
        order: 'desc',
        limit: 1,
        offset: 0,
      });
      expect(biggest.items.map(g => g.key)).toEqual(['system:default/pay']);
    });

    it('builds the org trend from daily snapshots', async () => {
      const today = now.toISOString().slice(0, 10);
      const yesterday = new Date(now.getTime() - DAY)
        .toISOString()
        .slice(0, 10);
      await knex(SNAPSHOTS).insert({
        entity_ref: ref('a-svc'),
        taken_at: new Date(now.getTime() - DAY),
        day: yesterday,
        daily_day: yesterday,
        reason: 'daily',
        overall_rank: 2,
        score: 80,
        area_levels: '{}',
      });

      expect(
        await stores.scorecard.trend(selection(), {
          from: yesterday,
          to: today,
        }),
      ).toEqual([
        {
          day: yesterday,
          entities: 1,
          averageScore: 80,
          byPhase: { 'not-started': 0, crawl: 0, walk: 1, run: 0 },
        },
        {
          day: today,
          entities: 6,
          averageScore: 26.2,
          byPhase: { 'not-started': 4, crawl: 1, walk: 0, run: 1 },
        },
      ]);
      expect(
        await stores.scorecard.trend(
          selection({ owner: ['group:default/team-b'] }),
          { from: today, to: today },
        ),
      ).toEqual([
        {
          day: today,
          entities: 2,
          averageScore: 7,
          byPhase: { 'not-started': 2, crawl: 0, walk: 0, run: 0 },
        },
      ]);
    });

    it('iterates over every row in pages', async () => {
      const pages = [];
      for await (const rows of stores.scorecard.iterate(
        selection(),
        byName,
        4,
      )) {
        pages.push(rows.map(row => row.name));
      }
      expect(pages).toEqual([
        ['a-svc', 'b-svc', 'c-web', 'd-lib'],
        ['e-api', 'h-under'],
      ]);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'DatabaseScorecardStore roll-up order on %p',
  databaseId => {
    it('sorts groups by the name shown, not by the full ref', async () => {
      const stores = await testStores(await databases.init(databaseId));
      await stores.entities.saveSyncedEntities(
        [
          'domain:default/payments',
          'admin',
          'group:ops/zeta',
          'user:default/bob',
          'user:corp/carol',
          'mobile',
        ].map((owner, i) => testRecord(testEntity(`svc-${i}`, { owner }))),
        new Map(),
        now,
      );
      await stores.groups.replaceGroups([
        { entityRef: 'group:default/admin', title: 'Platform Admins' },
        { entityRef: 'group:default/mobile', title: 'Apps – Mobile' },
        { entityRef: 'group:ops/zeta' },
      ]);
      const groupsIn = async (order: 'asc' | 'desc') =>
        (
          await stores.scorecard.groups(
            {
              filter: {},
              visibility: { type: 'all' },
              staleBefore: longAgo,
            },
            { by: 'owner', orderBy: 'key', order, limit: 50, offset: 0 },
          )
        ).items.map(group => [group.key, group.title]);

      // Shown as Apps – Mobile, domain:payments, ops/zeta, Platform Admins,
      // user:bob, user:corp/carol: titles where the groups have them,
      // whatever their case.
      const shownOrder = [
        ['group:default/mobile', 'Apps – Mobile'],
        ['domain:default/payments', undefined],
        ['group:ops/zeta', undefined],
        ['group:default/admin', 'Platform Admins'],
        ['user:default/bob', undefined],
        ['user:corp/carol', undefined],
      ];
      expect(await groupsIn('asc')).toEqual(shownOrder);
      expect(await groupsIn('desc')).toEqual([...shownOrder].reverse());
    });
  },
);
