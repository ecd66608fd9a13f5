import { testModel } from '../../../testing/fixtures';
import { makeCampaign } from '../../../testing/campaignFixtures';
import {
  describeDeadline,
  describeFilter,
  describeStanding,
  describeTarget,
} from './campaignText';

describe('campaign text', () => {
  it('says what a campaign asks', () => {
    expect(describeTarget(makeCampaign(), testModel.areas)).toBe(
      'On Call: Walk',
    );
    expect(
      describeTarget(
        makeCampaign({
          target: {
            overall: 'crawl',
            areas: { unknown: 'run' },
            criteria: ['a', 'b'],
          },
        }),
        testModel.areas,
      ),
    ).toBe('Crawl overall · unknown: Run · 2 named criteria');
  });

  it('says which entities a campaign covers', () => {
    expect(describeFilter(makeCampaign().filter)).toBe(
      'Owner payments and sub-groups',
    );
    expect(
      describeFilter({
        systems: ['system:default/checkout'],
        types: ['service', 'website'],
        tiers: ['1'],
      }),
    ).toBe('System checkout · Type service, website · Tier 1');
    expect(describeFilter({})).toBe('Every entity on the scorecard');
  });

  it('counts the days to the deadline in UTC', () => {
    const today = new Date('2025-06-01T23:30:00Z');
    expect(describeDeadline('2025-06-30', today)).toBe(
      'Jun 30, 2025 (29 days left)',
    );
    expect(describeDeadline('2025-06-02', today)).toBe(
      'Jun 2, 2025 (1 day left)',
    );
    expect(describeDeadline('2025-06-01', today)).toBe('Jun 1, 2025 (today)');
    expect(describeDeadline('2025-05-01', today)).toBe('May 1, 2025 (passed)');
  });

  it('says how many covered entities are at target', () => {
    expect(
      describeStanding({ covered: 4, atTarget: 1, required: 2, behind: true }),
    ).toBe('1 of 4 at target (25%)');
    expect(
      describeStanding({ covered: 0, atTarget: 0, required: 0, behind: false }),
    ).toBe('0 of 0 at target (0%)');
  });
});
