import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sreMaturityApiRef } from '../../../api';
import { testEntityRef, testModel } from '../../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../../testing/mockSreMaturityApi';
import { TrendCard } from './TrendCard';

async function renderCard(api: ReturnType<typeof mockSreMaturityApi>) {
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <TrendCard
        entityRef={testEntityRef}
        revision={1}
        areas={testModel.areas}
      />
    </TestApiProvider>,
  );
}

describe('TrendCard', () => {
  it('charts the phases over time, described for screen readers', async () => {
    const api = mockSreMaturityApi();
    api.getEntityTrend.mockResolvedValue({
      from: '2025-05-01',
      to: '2025-05-03',
      items: [
        {
          day: '2025-05-01',
          overall: 'not-started',
          score: 10,
          areas: { observability: 'crawl', 'on-call': 'not-started' },
        },
        {
          day: '2025-05-03',
          overall: 'crawl',
          score: 40,
          areas: { observability: 'walk', 'on-call': 'crawl' },
        },
      ],
    });
    await renderCard(api);

    expect(
      await screen.findByRole('img', {
        name: 'Overall phase over time: Not started on May 1, 2025, Crawl on May 3, 2025.',
      }),
    ).toBeInTheDocument();
    expect(api.getEntityTrend).toHaveBeenCalledWith(testEntityRef);
  });

  it('explains an empty trend', async () => {
    await renderCard(mockSreMaturityApi());

    expect(await screen.findByText(/No trend yet/)).toBeInTheDocument();
  });

  it('shows a failure', async () => {
    const api = mockSreMaturityApi();
    api.getEntityTrend.mockRejectedValue(
      await makeResponseError(500, 'Error', 'Snapshots unavailable'),
    );
    await renderCard(api);

    expect(
      (await screen.findAllByText(/Snapshots unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
