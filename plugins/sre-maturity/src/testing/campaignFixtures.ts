import {
  Campaign,
  CampaignHistoryEvent,
  CampaignListItem,
  CampaignProgress,
  EntityCampaign,
  GroupMaturity,
} from '../api';

/** "Payments to Walk in On Call", stored in the database, half way through. */
export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'payments-walk',
    title: 'Payments to Walk in On Call',
    description: 'Every Payments service answers its pages.',
    filter: { owners: ['group:default/payments'], includeSubgroups: true },
    target: { areas: { 'on-call': 'walk' } },
    startsOn: '2025-05-01',
    deadline: '2025-06-30',
    managers: ['user:default/sre-lead'],
    source: 'database',
    revision: 2,
    createdBy: 'user:default/sre-lead',
    createdAt: '2025-04-20T09:00:00Z',
    updatedAt: '2025-04-21T09:00:00Z',
    ...overrides,
  };
}

/**
 * The history of {@link makeCampaign}'s campaign, newest first: created by
 * sre-lead as "Payments on call" with a deadline of June 15, then renamed,
 * given its deadline of June 30 and a second manager by ops-lead.
 */
export function makeCampaignHistory(): CampaignHistoryEvent[] {
  const current = makeCampaign({
    managers: ['user:default/sre-lead', 'user:default/ops-lead'],
  });
  const first = makeCampaign({
    title: 'Payments on call',
    deadline: '2025-06-15',
    revision: 1,
    updatedAt: '2025-04-20T09:00:00Z',
  });
  return [
    {
      revision: 2,
      action: 'updated',
      actor: 'user:default/ops-lead',
      at: '2025-04-21T09:00:00Z',
      campaign: current,
    },
    {
      revision: 1,
      action: 'created',
      actor: 'user:default/sre-lead',
      at: '2025-04-20T09:00:00Z',
      campaign: first,
    },
  ];
}

export function makeCampaignListItem(
  overrides: Partial<Campaign> = {},
): CampaignListItem {
  return {
    campaign: makeCampaign(overrides),
    standing: { covered: 4, atTarget: 1, required: 2, behind: true },
  };
}

export const campaignProgress: CampaignProgress = {
  campaignId: 'payments-walk',
  asOf: '2025-06-01',
  standing: { covered: 4, atTarget: 1, required: 2, behind: true },
  byTeam: [
    {
      owner: 'group:default/fraud',
      standing: { covered: 2, atTarget: 0, required: 1, behind: true },
    },
    {
      owner: 'group:default/payments',
      standing: { covered: 2, atTarget: 1, required: 1, behind: false },
    },
  ],
  burnUp: [
    { day: '2025-05-01', covered: 4, atTarget: 0, required: 0 },
    { day: '2025-05-15', covered: 4, atTarget: 1, required: 0.9 },
    { day: '2025-06-01', covered: 4, atTarget: 1, required: 2 },
  ],
};

export function makeEntityCampaign(
  overrides: Partial<EntityCampaign> = {},
): EntityCampaign {
  return {
    campaign: makeCampaign(),
    atTarget: false,
    needs: {
      areas: [
        {
          areaId: 'on-call',
          target: 'walk',
          level: 'not-started',
          criteria: ['on-call.crawl.schedule'],
        },
      ],
      criteria: [],
    },
    ...overrides,
  };
}

const counts = (
  notStarted: number,
  crawl: number,
  walk: number,
  run: number,
) => ({
  'not-started': notStarted,
  crawl,
  walk,
  run,
});

export const groupMaturity: GroupMaturity = {
  group: { entityRef: 'group:default/payments', title: 'Payments' },
  entities: 3,
  averageScore: 40,
  overall: counts(1, 1, 1, 0),
  areas: {
    observability: counts(1, 1, 1, 0),
    'on-call': counts(2, 0, 1, 0),
  },
  stale: 1,
  belowTarget: 2,
  subgroups: [
    {
      key: 'group:default/fraud',
      title: 'Fraud Prevention',
      entities: 1,
      averageScore: 20,
      overall: counts(1, 0, 0, 0),
      areas: { observability: counts(1, 0, 0, 0) },
      stale: 0,
      belowTarget: 1,
    },
    {
      key: 'group:default/billing',
      title: 'Payments – Billing',
      entities: 0,
      averageScore: 0,
      overall: counts(0, 0, 0, 0),
      areas: {},
      stale: 0,
      belowTarget: 0,
    },
  ],
  direct: {
    key: 'group:default/payments',
    title: 'Payments',
    entities: 2,
    averageScore: 50,
    overall: counts(0, 1, 1, 0),
    areas: { observability: counts(0, 1, 1, 0) },
    stale: 1,
    belowTarget: 1,
  },
};
