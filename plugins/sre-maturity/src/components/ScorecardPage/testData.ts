import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import {
  GroupsPage,
  LevelCounts,
  ModelResponse,
  OrgTrend,
  ScorecardAreas,
  ScorecardFacetCounts,
  ScorecardRowsPage,
  ScorecardRow,
  SreMaturityApi,
} from '../../api';
import { mockSreMaturityApi } from '../../testing/mockSreMaturityApi';

const model: MaturityModel = {
  areas: ['observability', 'releasing'].map(id => ({
    id,
    title: id === 'observability' ? 'Observability' : 'Releasing',
    description: '',
    phases: [],
  })),
};

export const modelResponse: ModelResponse = { model, staleAfterDays: 180 };

export const levelCounts = (
  notStarted: number,
  crawl: number,
  walk: number,
  run: number,
): LevelCounts => ({ 'not-started': notStarted, crawl, walk, run });

export const paymentsRow: ScorecardRow = {
  entityRef: 'component:default/payments',
  kind: 'Component',
  namespace: 'default',
  name: 'payments',
  title: 'Payments API',
  owner: 'group:default/team-a',
  system: 'checkout',
  type: 'service',
  lifecycle: 'production',
  tags: ['java'],
  areas: {
    observability: { applicable: true, level: 'walk', progress: 0.4 },
    releasing: { applicable: true, level: 'run', progress: 1 },
  },
  applicable: true,
  overall: 'walk',
  score: 72,
  target: 'run',
  gap: 1,
  lastAssessedAt: '2025-01-15T10:00:00.000Z',
  stale: true,
};

export const searchRow: ScorecardRow = {
  entityRef: 'component:default/search',
  kind: 'Component',
  namespace: 'default',
  name: 'search',
  tags: [],
  areas: {
    observability: { applicable: true, level: 'not-started', progress: 0.25 },
    releasing: { applicable: true, level: 'crawl', progress: 0 },
  },
  applicable: true,
  overall: 'not-started',
  score: 10,
  gap: 0,
  stale: false,
};

export function scorecardPage(
  items: ScorecardRow[],
  totalItems = items.length,
): ScorecardRowsPage {
  return {
    items,
    totalItems,
    limit: 25,
    offset: 0,
    totals: {
      entities: totalItems,
      nothingApplies: 0,
      averageScore: 41,
      byPhase: levelCounts(1, 0, 1, 0),
      stale: 1,
      belowTarget: 1,
    },
  };
}

export const scorecardFacets: ScorecardFacetCounts = {
  facets: {
    owner: [
      { value: 'group:default/team-a', count: 1 },
      { value: 'group:default/team-b', count: 1 },
    ],
    system: [{ value: 'checkout', count: 1 }],
    kind: [{ value: 'Component', count: 2 }],
    type: [{ value: 'service', count: 1 }],
    lifecycle: [{ value: 'production', count: 1 }],
    tag: [{ value: 'java', count: 1 }],
    phase: [
      { value: 'walk', count: 1 },
      { value: 'not-started', count: 1 },
    ],
  },
};

export const groupsPage: GroupsPage = {
  by: 'owner',
  items: [
    {
      key: 'group:default/team-a',
      entities: 3,
      averageScore: 64.5,
      overall: levelCounts(1, 1, 1, 0),
      areas: {
        observability: levelCounts(0, 1, 2, 0),
        releasing: levelCounts(0, 0, 0, 3),
      },
      stale: 1,
      belowTarget: 2,
    },
    {
      key: null,
      entities: 1,
      averageScore: 0,
      overall: levelCounts(1, 0, 0, 0),
      areas: {},
      stale: 0,
      belowTarget: 0,
    },
  ],
  totalItems: 2,
  limit: 25,
  offset: 0,
};

export const orgTrend: OrgTrend = {
  from: '2025-01-01',
  to: '2025-01-02',
  items: [
    {
      day: '2025-01-01',
      entities: 2,
      averageScore: 38,
      byPhase: levelCounts(2, 0, 0, 0),
    },
    {
      day: '2025-01-02',
      entities: 2,
      averageScore: 41,
      byPhase: levelCounts(1, 0, 1, 0),
    },
  ],
};

export const scorecardAreas: ScorecardAreas = {
  areas: {
    observability: levelCounts(1, 0, 1, 0),
    releasing: levelCounts(1, 0, 0, 1),
  },
};

/** The shared API mock, answering the scorecard's calls with the data above. */
export function fakeSreMaturityApi(): jest.Mocked<SreMaturityApi> {
  const api = mockSreMaturityApi();
  api.getModel.mockResolvedValue(modelResponse);
  api.getScorecardRows.mockResolvedValue(
    scorecardPage([paymentsRow, searchRow]),
  );
  api.getScorecardFacets.mockResolvedValue(scorecardFacets);
  api.getScorecardGroups.mockResolvedValue(groupsPage);
  api.getScorecardTrend.mockResolvedValue(orgTrend);
  api.getScorecardAreas.mockResolvedValue(scorecardAreas);
  api.downloadExport.mockResolvedValue({
    blob: new Blob(['entityRef\n'], { type: 'text/csv' }),
    fileName: 'sre-maturity-scorecard.csv',
  });
  return api;
}
