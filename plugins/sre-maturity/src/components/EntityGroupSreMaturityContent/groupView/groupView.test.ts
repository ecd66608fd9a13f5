import { groupMaturity } from '../../../testing/campaignFixtures';
import { groupTotals, subgroupRows } from './groupView';

describe('group view', () => {
  it('reads the roll-up as scorecard totals', () => {
    expect(groupTotals(groupMaturity)).toEqual({
      entities: 3,
      nothingApplies: 0,
      averageScore: 40,
      byPhase: groupMaturity.overall,
      stale: 1,
      belowTarget: 2,
    });
  });

  it('lists what the group owns itself first, then its sub-groups sorted', () => {
    const keys = (orderBy: string | undefined, order: 'asc' | 'desc') =>
      subgroupRows(groupMaturity, orderBy, order).map(row => row.key);

    // By the name shown: Fraud Prevention, Payments – Billing.
    expect(keys(undefined, 'asc')).toEqual([
      'group:default/payments',
      'group:default/fraud',
      'group:default/billing',
    ]);
    expect(keys('key', 'desc')).toEqual([
      'group:default/payments',
      'group:default/billing',
      'group:default/fraud',
    ]);
    expect(keys('averageScore', 'desc')).toEqual([
      'group:default/payments',
      'group:default/fraud',
      'group:default/billing',
    ]);
    // An entity column is no sort for groups: they sort by name.
    expect(keys('score', 'desc')).toEqual([
      'group:default/payments',
      'group:default/billing',
      'group:default/fraud',
    ]);
    expect(
      subgroupRows(
        { ...groupMaturity, direct: { ...groupMaturity.direct, entities: 0 } },
        'key',
        'asc',
      ).map(row => row.key),
    ).toEqual(['group:default/fraud', 'group:default/billing']);
  });
});
