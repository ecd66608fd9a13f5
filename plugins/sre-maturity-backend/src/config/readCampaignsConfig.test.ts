import { ConfigReader } from '@backstage/config';
import { testModel } from '../__testUtils__/fixtures';
import { readCampaignsConfig } from './readCampaignsConfig';

const campaign = {
  id: 'alpha-walk',
  title: 'Alpha to Walk',
  filter: { owners: ['payments'], includeSubgroups: true, tiers: ['1'] },
  target: { overall: 'crawl', areas: { alpha: 'walk' } },
  startsOn: '2026-03-01',
  deadline: '2026-03-31',
};

const read = (campaigns: unknown[]) =>
  readCampaignsConfig(
    new ConfigReader({ sreMaturity: { campaigns } } as any),
    testModel,
  );

describe('readCampaignsConfig', () => {
  it('reads no campaigns when none are configured', () => {
    expect(readCampaignsConfig(new ConfigReader({}), testModel)).toEqual([]);
  });

  it('reads read-only campaigns at revision 0', () => {
    expect(read([campaign])).toEqual([
      {
        ...campaign,
        description: '',
        target: { ...campaign.target, areas: { alpha: 'walk' } },
        managers: [],
        source: 'config',
        revision: 0,
      },
    ]);
  });

  it('names the key of an invalid campaign', () => {
    expect(() =>
      read([
        campaign,
        { ...campaign, id: 'b', target: { areas: { x: 'run' } } },
      ]),
    ).toThrow('sreMaturity.campaigns[1].target.areas.x: unknown area "x"');
    expect(() => read([{ ...campaign, id: 'Alpha Walk' }])).toThrow(
      'sreMaturity.campaigns[0].id',
    );
    expect(() => read([campaign, campaign])).toThrow(
      'sreMaturity.campaigns[1].id: "alpha-walk" is used by an earlier campaign',
    );
    expect(() => read([{ ...campaign, deadline: undefined }])).toThrow(
      /deadline/,
    );
  });
});
