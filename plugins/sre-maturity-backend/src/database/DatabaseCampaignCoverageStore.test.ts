import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testEntity } from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { testStores } from '../__testUtils__/stores';
import { CampaignCoverage, CoveredLevels } from './CampaignCoverageStore';
import { SreMaturityStores } from './createDatabaseStores';
import { SNAPSHOTS } from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const everyone = (
  filter: CampaignCoverage['filter'],
  withCriteria = false,
): CampaignCoverage => ({ filter, visibility: { type: 'all' }, withCriteria });

describe.each(databases.eachSupportedId())(
  'DatabaseCampaignCoverageStore on %p',
  databaseId => {
    let knex: Knex;
    let stores: SreMaturityStores;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      stores = await testStores(knex);
      const now = new Date();
      for (const [entity, answers] of [
        [
          testEntity('a', {
            owner: 'team-a',
            tags: ['java'],
            annotations: { 'sre-maturity.io/tier': 'Critical' },
          }),
          [testAnswer('beta.crawl.owned', 'met')],
        ],
        [testEntity('b', { owner: 'team-b', system: 'shop' }), []],
        [
          testEntity('c', {
            kind: 'Resource',
            type: 'database',
            owner: 'team-c',
          }),
          [],
        ],
        [
          testEntity('x', {
            annotations: { 'sre-maturity.io/exempt': 'Retired' },
          }),
          [],
        ],
      ] as const) {
        await stores.entities.saveEntityRecord(
          testRecord(entity, [...answers]),
          0,
          now,
        );
      }
    });

    const refsOf = async (coverage: CampaignCoverage) =>
      (await stores.campaignCoverage.coveredEntities(coverage))
        .map(entity => entity.entityRef)
        .sort();

    it('covers the entities on the scorecard that match every list', async () => {
      expect(await refsOf(everyone({}))).toEqual([
        'component:default/a',
        'component:default/b',
        'resource:default/c',
      ]);
      expect(
        await refsOf(everyone({ kinds: ['component'], tiers: ['critical'] })),
      ).toEqual(['component:default/a']);
      expect(await refsOf(everyone({ types: ['DATABASE'] }))).toEqual([
        'resource:default/c',
      ]);
      expect(
        await refsOf(
          everyone({
            owners: ['group:default/team-a', 'group:default/team-b'],
          }),
        ),
      ).toEqual(['component:default/a', 'component:default/b']);
      expect(
        await refsOf(everyone({ systems: ['system:default/shop'] })),
      ).toEqual(['component:default/b']);
      expect(
        await refsOf(everyone({ tags: ['java'], lifecycles: ['x'] })),
      ).toEqual([]);
      expect(
        await refsOf({
          ...everyone({}),
          visibility: {
            type: 'viewer',
            viewerId: '',
            refs: ['resource:default/c'],
          },
        }),
      ).toEqual(['resource:default/c']);
    });

    it('reads the criteria entities satisfy only when asked', async () => {
      const [withCriteria] = await stores.campaignCoverage.coveredEntities(
        everyone({ tags: ['java'] }, true),
      );
      expect([...withCriteria.satisfied!]).toEqual(['beta.crawl.owned']);
      expect(withCriteria.areaRanks).toMatchObject({ alpha: 0, beta: 1 });
      const [without] = await stores.campaignCoverage.coveredEntities(
        everyone({ tags: ['java'] }),
      );
      expect(without.satisfied).toBeUndefined();
    });

    it('reads the daily snapshots of covered entities, a day at a time', async () => {
      const snapshot = (name: string, day: string, beta: number) => ({
        entity_ref: `component:default/${name}`,
        taken_at: new Date(`${day}T23:00:00Z`),
        day,
        daily_day: day,
        reason: 'daily',
        overall_rank: 0,
        score: 0,
        area_levels: JSON.stringify({ alpha: 0, beta }),
      });
      await knex(SNAPSHOTS).insert([
        snapshot('a', '2026-01-01', 0),
        snapshot('b', '2026-01-01', 0),
        snapshot('a', '2026-01-09', 1),
        snapshot('x', '2026-01-09', 1),
        snapshot('a', '2026-01-10', 1),
        snapshot('b', '2026-01-10', 1),
        snapshot('a', '2026-02-01', 1),
      ]);
      const days: Array<[string, CoveredLevels[]]> = [];
      await stores.campaignCoverage.forEachCoveredDay(
        everyone({ kinds: ['Component'] }),
        { from: '2026-01-01', to: '2026-01-31' },
        (day, levels) => days.push([day, levels]),
      );
      // Counted per day and levels; x is not covered.
      expect(
        days.map(([day, levels]) => [
          day,
          levels.map(l => `beta ${l.areaRanks.beta}: ${l.entities}`).sort(),
        ]),
      ).toEqual([
        ['2026-01-01', ['beta 0: 2']],
        ['2026-01-09', ['beta 1: 1']],
        ['2026-01-10', ['beta 1: 2']],
      ]);
    });
  },
);
