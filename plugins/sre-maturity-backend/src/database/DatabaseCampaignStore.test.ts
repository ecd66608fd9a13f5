import { TestDatabases } from '@backstage/backend-test-utils';
import { CampaignInput } from '@sre-maturity/backstage-plugin-common';
import { testStores } from '../__testUtils__/stores';
import { CampaignStore } from './CampaignStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const input: CampaignInput = {
  title: 'Payments to Walk',
  description: '',
  filter: { owners: ['payments'] },
  target: { overall: 'walk' },
  startsOn: '2027-01-04',
  deadline: '2027-03-31',
  managers: ['user:default/lead'],
};

describe.each(databases.eachSupportedId())(
  'DatabaseCampaignStore on %p',
  databaseId => {
    let store: CampaignStore;

    beforeAll(async () => {
      store = (await testStores(await databases.init(databaseId))).campaigns;
    });

    it('keeps the history of a deleted campaign, the deletion first', async () => {
      const created = await store.createCampaign('deleted-one', input, {
        actor: 'user:default/lead',
        now: new Date('2027-01-02T10:00:00Z'),
      });
      await store.updateCampaign(
        created.id,
        1,
        { ...input, title: 'Payments to Run', target: { overall: 'run' } },
        { actor: 'user:default/sre', now: new Date('2027-01-03T10:00:00Z') },
      );
      await store.deleteCampaign(created.id, 2, {
        actor: 'user:default/sre',
        now: new Date('2027-01-04T10:00:00Z'),
      });

      expect(await store.getCampaign(created.id)).toBeUndefined();
      const history = await store.getCampaignHistory(created.id);
      expect(
        history.map(event => [event.action, event.revision, event.actor]),
      ).toEqual([
        ['deleted', 2, 'user:default/sre'],
        ['updated', 2, 'user:default/sre'],
        ['created', 1, 'user:default/lead'],
      ]);
      expect(history[0]).toMatchObject({
        at: '2027-01-04T10:00:00.000Z',
        campaign: { title: 'Payments to Run', target: { overall: 'run' } },
      });
      expect(history[2].campaign).toMatchObject({
        title: 'Payments to Walk',
        target: { overall: 'walk' },
      });
    });

    it('has no history for an id no campaign ever had', async () => {
      expect(await store.getCampaignHistory('never-was')).toEqual([]);
    });
  },
);
