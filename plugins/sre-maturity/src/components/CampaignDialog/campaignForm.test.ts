import { makeCampaign } from '../../testing/campaignFixtures';
import { fromForm, toForm } from './campaignForm';

const today = new Date('2025-06-01T12:00:00Z');

describe('campaign form', () => {
  it('starts a new campaign today, covering sub-groups', () => {
    const form = toForm(undefined, today);
    expect(form).toMatchObject({
      title: '',
      startsOn: '2025-06-01',
      deadline: '',
      includeSubgroups: true,
      overall: '',
      areas: {},
    });
  });

  it('round-trips a campaign', () => {
    const campaign = makeCampaign({
      filter: {
        owners: ['group:default/payments'],
        includeSubgroups: true,
        types: ['service'],
      },
      target: {
        overall: 'crawl',
        areas: { 'on-call': 'walk' },
        criteria: ['x.y'],
      },
    });
    const { id, source, revision, createdBy, createdAt, updatedAt, ...input } =
      campaign;
    expect(fromForm(toForm(campaign, today))).toEqual(input);
  });

  it('reads bare names as refs of the right kind, trims and drops empty values', () => {
    const form = {
      ...toForm(undefined, today),
      title: '  Payments to Walk ',
      owners: 'payments, group:ops/fraud,',
      systems: 'checkout',
      managers: 'sre-lead\ngroup:default/sre',
      tiers: ' 1 , 2',
      includeSubgroups: false,
      areas: { 'on-call': 'walk' as const, observability: '' as const },
      deadline: '2025-06-30',
    };
    expect(fromForm(form)).toEqual({
      title: 'Payments to Walk',
      filter: {
        owners: ['group:default/payments', 'group:ops/fraud'],
        systems: ['system:default/checkout'],
        tiers: ['1', '2'],
      },
      target: { areas: { 'on-call': 'walk' } },
      startsOn: '2025-06-01',
      deadline: '2025-06-30',
      managers: ['user:default/sre-lead', 'group:default/sre'],
    });
  });
});
