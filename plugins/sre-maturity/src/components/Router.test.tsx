import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sreMaturityApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { mockSreMaturityApi } from '../testing/mockSreMaturityApi';
import { campaignProgress, makeCampaign } from '../testing/campaignFixtures';
import { Router } from './Router';

describe('Router', () => {
  it('shows the model page at /model under the scorecard page', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [sreMaturityApiRef, mockSreMaturityApi()],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <Router />
      </TestApiProvider>,
      {
        routeEntries: ['/model'],
        mountedRoutes: { '/': rootRouteRef },
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'How it is scored' }),
    ).toBeInTheDocument();
  });

  it('shows the campaigns at /campaigns and one campaign under it', async () => {
    const api = mockSreMaturityApi();
    api.getCampaign.mockResolvedValue(makeCampaign());
    api.getCampaignProgress.mockResolvedValue(campaignProgress);
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [sreMaturityApiRef, api],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <Router />
      </TestApiProvider>,
      {
        routeEntries: ['/campaigns/payments-walk'],
        mountedRoutes: { '/': rootRouteRef },
      },
    );
    expect(
      await screen.findByRole('link', { name: 'All campaigns' }),
    ).toHaveAttribute('href', '/campaigns');
    expect(api.getCampaign).toHaveBeenCalledWith('payments-walk');
  });
});
