import {
  MaturityModel,
  ScorecardFilter,
} from '@sre-maturity/backstage-plugin-common';
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  testEntity,
  testModelWithoutBetaForLibraries,
} from '../__testUtils__/fixtures';
import { testAnswer, testRecord } from '../__testUtils__/records';
import { testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from './createDatabaseStores';
import { ScorecardOrder, ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const now = new Date();

// The model applies to components only; area beta not to libraries.
const model: MaturityModel = {
  ...testModelWithoutBetaForLibraries,
  appliesTo: [{ kinds: ['Component'] }],
};

const records = [
  testRecord(
    testEntity('svc', { tags: ['java'] }),
    [testAnswer('alpha.crawl.paged', 'met')],
    { model },
  ),
  testRecord(
    testEntity('lib', { type: 'library', tags: ['java'] }),
    ['alpha.crawl.paged', 'alpha.crawl.documented'].map(id =>
      testAnswer(id, 'met'),
    ),
    { model },
  ),
  testRecord(
    testEntity('db', { kind: 'Resource', type: 'database', tags: ['sql'] }),
    [],
    { model },
  ),
];

describe.each(databases.eachSupportedId())(
  'the scorecard by what applies on %p',
  databaseId => {
    let stores: SreMaturityStores;

    beforeAll(async () => {
      stores = await testStores(await databases.init(databaseId));
      await stores.entities.saveSyncedEntities(records, new Map(), now);
    });

    const selection = (filter: ScorecardFilter = {}): ScorecardSelection => ({
      filter,
      visibility: { type: 'all' },
      staleBefore: new Date(0),
    });
    const byName: ScorecardOrder = { column: 'name', direction: 'asc' };
    const page = (
      filter: ScorecardFilter = {},
      order: ScorecardOrder = byName,
    ) =>
      stores.scorecard.page(selection(filter), order, {
        limit: 50,
        offset: 0,
      });
    const names = async (
      filter: ScorecardFilter = {},
      order: ScorecardOrder = byName,
    ) => (await page(filter, order)).map(row => row.name);

    it('lists only entities to which something applies, unless asked', async () => {
      expect(await names()).toEqual(['lib', 'svc']);
      expect(await names({ applicability: 'applicable' })).toEqual([
        'lib',
        'svc',
      ]);
      expect(await names({ applicability: 'none' })).toEqual(['db']);
      expect(await names({ applicability: 'all' })).toEqual([
        'db',
        'lib',
        'svc',
      ]);
    });

    it('says in each row what applies', async () => {
      const rows = await page({ applicability: 'all' });
      expect(rows.map(row => [row.name, row.applicable])).toEqual([
        ['db', false],
        ['lib', true],
        ['svc', true],
      ]);
      expect(rows[1].areas).toEqual({
        alpha: { applicable: true, level: 'crawl', progress: 0 },
        beta: { applicable: false, level: 'not-started', progress: 0 },
      });
    });

    it('counts the entities to which nothing applies, whatever the filter says', async () => {
      for (const applicability of ['applicable', 'none', 'all'] as const) {
        const { totals } = await stores.scorecard.aggregates(
          selection({ applicability }),
        );
        expect(totals.nothingApplies).toBe(1);
      }
      expect(
        (await stores.scorecard.totals(selection({ kind: ['Component'] })))
          .nothingApplies,
      ).toBe(0);
      expect(await stores.scorecard.totals(selection())).toMatchObject({
        entities: 2,
        nothingApplies: 1,
      });
    });

    it.each([
      ['without other filters', {}],
      ['with other filters', { owner: ['group:default/team-a'] }],
    ])('counts tags of the entities it lists %s', async (_how, filter) => {
      const tagsOf = async (extra: ScorecardFilter) =>
        (await stores.scorecard.aggregates(selection({ ...filter, ...extra })))
          .facets.tag;
      expect(await tagsOf({})).toEqual([{ value: 'java', count: 2 }]);
      expect(await tagsOf({ applicability: 'none' })).toEqual([
        { value: 'sql', count: 1 },
      ]);
      expect(await tagsOf({ applicability: 'all' })).toEqual([
        { value: 'java', count: 2 },
        { value: 'sql', count: 1 },
      ]);
    });

    it('leaves areas that do not apply out of the area counts', async () => {
      expect(await stores.scorecard.areas(selection())).toEqual({
        alpha: { 'not-started': 1, crawl: 1, walk: 0, run: 0 },
        beta: { 'not-started': 1, crawl: 0, walk: 0, run: 0 },
      });
      const { items } = await stores.scorecard.groups(selection(), {
        by: 'owner',
        orderBy: 'key',
        order: 'asc',
        limit: 10,
        offset: 0,
      });
      expect(items[0].areas.beta).toEqual({
        'not-started': 1,
        crawl: 0,
        walk: 0,
        run: 0,
      });
    });

    it('sorts an area that does not apply last, in both directions', async () => {
      for (const direction of ['asc', 'desc'] as const) {
        expect(await names({}, { areaId: 'beta', direction })).toEqual([
          'svc',
          'lib',
        ]);
      }
    });
  },
);
