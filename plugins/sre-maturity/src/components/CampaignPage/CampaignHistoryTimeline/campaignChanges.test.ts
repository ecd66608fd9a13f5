import { makeCampaign } from '../../../testing/campaignFixtures';
import { testModel } from '../../../testing/fixtures';
import { campaignChanges } from './campaignChanges';

describe('campaignChanges', () => {
  it('names each changed field with its readable values, and only those', () => {
    const before = makeCampaign();
    const after = makeCampaign({
      title: 'Payments to Run',
      description: '',
      filter: { owners: ['group:default/payments'], kinds: ['Component'] },
      target: {
        overall: 'crawl',
        criteria: ['observability.crawl.alerts', 'gone.criterion'],
      },
      startsOn: '2025-05-02',
      deadline: '2025-07-31',
      managers: ['user:default/sre-lead', 'group:default/sre'],
      revision: 3,
      updatedAt: '2025-05-01T09:00:00Z',
    });

    expect(campaignChanges(before, after, testModel)).toEqual([
      {
        field: 'Title',
        before: 'Payments to Walk in On Call',
        after: 'Payments to Run',
      },
      {
        field: 'Description',
        before: 'Every Payments service answers its pages.',
        after: '—',
      },
      {
        field: 'Covers',
        before: 'Owner payments and sub-groups',
        after: 'Owner payments · Kind Component',
      },
      {
        field: 'Target',
        before: 'On Call: Walk',
        after:
          'Crawl overall · criteria: Alerts on symptoms; gone.criterion (not in the model)',
      },
      { field: 'Starts', before: 'May 1, 2025', after: 'May 2, 2025' },
      { field: 'Deadline', before: 'Jun 30, 2025', after: 'Jul 31, 2025' },
      { field: 'Managers', before: 'sre-lead', after: 'sre-lead, sre' },
    ]);
  });

  it('finds nothing changed in a save that kept every field', () => {
    expect(
      campaignChanges(
        makeCampaign(),
        makeCampaign({ revision: 3, updatedAt: '2025-05-01T09:00:00Z' }),
        testModel,
      ),
    ).toEqual([]);
  });
});
