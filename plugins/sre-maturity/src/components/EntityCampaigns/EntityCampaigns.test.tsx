import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  makeCampaign,
  makeEntityCampaign,
} from '../../testing/campaignFixtures';
import { testEntityRef, testModel } from '../../testing/fixtures';
import { mockSreMaturityApi } from '../../testing/mockSreMaturityApi';
import { EntityCampaigns } from './EntityCampaigns';

async function renderList(
  api: ReturnType<typeof mockSreMaturityApi>,
  variant: 'card' | 'section' = 'card',
) {
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <EntityCampaigns
        entityRef={testEntityRef}
        model={testModel}
        variant={variant}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/sre-maturity': rootRouteRef } },
  );
}

describe('EntityCampaigns', () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z') });
  });
  afterAll(() => {
    jest.useRealTimers();
  });

  it('lists each campaign with its deadline and what the entity still needs', async () => {
    const api = mockSreMaturityApi();
    api.getEntityCampaigns.mockResolvedValue({
      items: [
        makeEntityCampaign({
          needs: {
            areas: [
              {
                areaId: 'on-call',
                target: 'walk',
                level: 'not-started',
                criteria: ['on-call.crawl.schedule'],
              },
            ],
            criteria: ['observability.walk.slos'],
          },
        }),
        makeEntityCampaign({
          campaign: makeCampaign({ id: 'done', title: 'Everything to Crawl' }),
          atTarget: true,
        }),
      ],
    });
    await renderList(api);

    const payments = (
      await screen.findByRole('link', { name: 'Payments to Walk in On Call' })
    ).closest('li')!;
    expect(api.getEntityCampaigns).toHaveBeenCalledWith(testEntityRef);
    expect(
      within(payments).getByRole('link', {
        name: 'Payments to Walk in On Call',
      }),
    ).toHaveAttribute('href', '/sre-maturity/campaigns/payments-walk');
    expect(
      within(payments).getByText('Deadline Jun 30, 2025 (29 days left)'),
    ).toBeInTheDocument();
    expect(
      within(payments).getByText(
        'On Call: Not started, needs Walk (On-call schedule)',
      ),
    ).toBeInTheDocument();
    expect(
      within(payments).getByText('Named criteria: SLOs defined'),
    ).toBeInTheDocument();
    expect(screen.getByText("At the campaign's target")).toBeInTheDocument();
  });

  it('shows nothing for an entity in no campaign', async () => {
    const api = mockSreMaturityApi();
    await renderList(api, 'section');
    await Promise.resolve();

    expect(api.getEntityCampaigns).toHaveBeenCalled();
    expect(screen.queryByText('Campaigns')).not.toBeInTheDocument();
  });
});
