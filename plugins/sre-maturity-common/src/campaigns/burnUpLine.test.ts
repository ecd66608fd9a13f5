import { campaignStanding, requiredShare } from './burnUpLine';

const campaign = { startsOn: '2026-03-01', deadline: '2026-03-04' };

describe('requiredShare', () => {
  it('runs straight from none before the start to all on the deadline', () => {
    expect(requiredShare(campaign, '2026-02-28')).toBe(0);
    expect(requiredShare(campaign, '2026-03-01')).toBe(0.25);
    expect(requiredShare(campaign, '2026-03-02')).toBe(0.5);
    expect(requiredShare(campaign, '2026-03-04')).toBe(1);
    expect(requiredShare(campaign, '2026-04-01')).toBe(1);
  });

  it('wants everything on the day of a one-day campaign', () => {
    const oneDay = { startsOn: '2026-03-01', deadline: '2026-03-01' };
    expect(requiredShare(oneDay, '2026-03-01')).toBe(1);
  });
});

describe('campaignStanding', () => {
  it('is behind while fewer are at target than the line wants', () => {
    expect(
      campaignStanding(campaign, '2026-03-02', { covered: 3, atTarget: 1 }),
    ).toEqual({ covered: 3, atTarget: 1, required: 1.5, behind: true });
    expect(
      campaignStanding(campaign, '2026-03-02', { covered: 3, atTarget: 2 }),
    ).toMatchObject({ behind: false });
  });

  it('is not behind on the line itself, float noise aside', () => {
    const thirds = { startsOn: '2026-03-01', deadline: '2026-03-03' };
    expect(
      campaignStanding(thirds, '2026-03-01', { covered: 3, atTarget: 1 }),
    ).toEqual({ covered: 3, atTarget: 1, required: 1, behind: false });
  });
});
