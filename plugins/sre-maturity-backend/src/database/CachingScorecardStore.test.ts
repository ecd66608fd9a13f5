import { TestDatabases } from '@backstage/backend-test-utils';
import { testEntity } from '../__testUtils__/fixtures';
import { testRecord } from '../__testUtils__/records';
import { testStores } from '../__testUtils__/stores';
import { ENTITIES } from './tables';
import { ScorecardSelection } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const ref = (name: string) => `component:default/${name}`;

// Through the stores as the plugin builds them: the database's scorecard
// store, cached, and forgotten on the writes of the others.
describe.each(databases.eachSupportedId())(
  'CachingScorecardStore on %p',
  databaseId => {
    const now = new Date();
    const selection = (): ScorecardSelection => ({
      filter: {},
      visibility: { type: 'all' },
      staleBefore: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000),
    });

    it('reuses facet counts and totals until the store writes', async () => {
      const fresh = await databases.init(databaseId);
      const own = await testStores(fresh);
      const [x, y] = [testEntity('x'), testEntity('y')];
      await own.entities.saveSyncedEntities(
        [testRecord(x), testRecord(y)],
        new Map(),
        now,
      );
      const counts = async () => {
        const { facets, totals } = await own.scorecard.aggregates(selection());
        const alone = await own.scorecard.totals(selection());
        return [facets.kind[0]?.count, totals.entities, alone.entities];
      };
      expect(await counts()).toEqual([2, 2, 2]);

      // Not through the store: the cached counts stay.
      await fresh(ENTITIES)
        .where('entity_ref', ref('x'))
        .update({ exempt: true });
      expect(await counts()).toEqual([2, 2, 2]);

      const retitled = { ...y, metadata: { ...y.metadata, title: 'Y' } };
      await own.entities.saveSyncedEntities(
        [testRecord(retitled)],
        await own.assessments.getAssessmentStates([ref('y')]),
        now,
      );
      expect(await counts()).toEqual([1, 1, 1]);
    });
  },
);
