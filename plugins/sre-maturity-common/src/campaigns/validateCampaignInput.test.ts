import { makeModel } from '../testing/makeModel';
import { CampaignInput } from '../schema/types';
import { validateCampaignInput } from './validateCampaignInput';

const model = makeModel({ a: [1, 1, 1] });
const valid: CampaignInput = {
  title: 'A to Walk',
  filter: {},
  target: { overall: 'walk' },
  startsOn: '2026-03-01',
  deadline: '2026-03-31',
  managers: ['user:default/jane'],
};

describe('validateCampaignInput', () => {
  it('accepts a valid campaign, one day long too', () => {
    expect(validateCampaignInput(model, valid)).toEqual([]);
    expect(
      validateCampaignInput(model, { ...valid, deadline: '2026-03-01' }),
    ).toEqual([]);
  });

  it('names every broken rule, under the prefix', () => {
    expect(
      validateCampaignInput(
        model,
        {
          ...valid,
          title: ' ',
          startsOn: '2026-02-30',
          target: { areas: { z: 'walk' }, criteria: ['a.crawl.c9'] },
          managers: ['jane'],
        },
        'sreMaturity.campaigns[0].',
      ).map(error => error.field),
    ).toEqual([
      'sreMaturity.campaigns[0].title',
      'sreMaturity.campaigns[0].startsOn',
      'sreMaturity.campaigns[0].target.areas.z',
      'sreMaturity.campaigns[0].target.criteria[0]',
      'sreMaturity.campaigns[0].managers[0]',
    ]);
  });

  it('refuses a deadline before the start and a target asking nothing', () => {
    expect(
      validateCampaignInput(model, {
        ...valid,
        deadline: '2026-02-01',
        target: { areas: {}, criteria: [] },
      }),
    ).toEqual([
      {
        field: 'deadline',
        message: 'must be on or after startsOn (2026-03-01)',
      },
      {
        field: 'target',
        message: 'must ask for an overall phase, area phases or criteria',
      },
    ]);
  });
});
