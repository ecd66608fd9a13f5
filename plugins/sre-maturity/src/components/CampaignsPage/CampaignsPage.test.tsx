import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { useCanManageCampaigns } from '../../hooks/useCanManageCampaigns';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  makeCampaign,
  makeCampaignListItem,
} from '../../testing/campaignFixtures';
import { testModelResponse } from '../../testing/fixtures';
import { mockSreMaturityApi } from '../../testing/mockSreMaturityApi';
import { CampaignsPage } from './CampaignsPage';

jest.mock('../../hooks/useCanManageCampaigns', () => ({
  useCanManageCampaigns: jest.fn(),
}));
jest.setTimeout(30_000);

async function renderPage(allowed: boolean, api = mockSreMaturityApi()) {
  jest.mocked(useCanManageCampaigns).mockReturnValue(allowed);
  api.listCampaigns.mockResolvedValue({
    items: [
      makeCampaignListItem(),
      {
        campaign: makeCampaign({
          id: 'from-config',
          title: 'Everything to Crawl',
          source: 'config',
          filter: {},
          target: { overall: 'crawl' },
          revision: 0,
        }),
        standing: { covered: 10, atTarget: 9, required: 5, behind: false },
      },
    ],
  });
  api.getModel.mockResolvedValue(testModelResponse);
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <Routes>
        <Route path="/campaigns" element={<CampaignsPage />} />
        <Route path="/campaigns/:campaignId" element={<p>Campaign page</p>} />
      </Routes>
    </TestApiProvider>,
    { routeEntries: ['/campaigns'], mountedRoutes: { '/': rootRouteRef } },
  );
  return api;
}

describe('CampaignsPage', () => {
  it('lists every campaign with its target, progress and deadline', async () => {
    await renderPage(false);

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const [, stored, config] = within(table).getAllByRole('row');
    expect(
      within(stored).getByRole('link', {
        name: 'Payments to Walk in On Call',
      }),
    ).toHaveAttribute('href', '/campaigns/payments-walk');
    expect(within(stored).getByText('On Call: Walk')).toBeInTheDocument();
    expect(
      within(stored).getByText('Owner payments and sub-groups'),
    ).toBeInTheDocument();
    expect(
      within(stored).getByRole('progressbar', {
        name: 'Payments to Walk in On Call: 1 of 4 at target (25%)',
      }),
    ).toBeInTheDocument();
    expect(
      within(stored).getByText('Behind the line to the deadline'),
    ).toBeInTheDocument();
    expect(
      within(config).getByText('From app-config.yaml'),
    ).toBeInTheDocument();
    expect(within(config).getByText('On track')).toBeInTheDocument();
    // Only those who may manage campaigns create them.
    expect(
      screen.queryByRole('button', { name: 'New campaign' }),
    ).not.toBeInTheDocument();
  });

  it('creates a campaign and opens it', async () => {
    const api = mockSreMaturityApi();
    api.createCampaign.mockResolvedValue(makeCampaign({ id: 'new-one' }));
    await renderPage(true, api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'New campaign' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Title/ }),
      'Payments to Walk in On Call',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Owners/ }),
      'payments',
    );
    await userEvent.click(within(dialog).getByLabelText('On Call'));
    await userEvent.click(screen.getByRole('option', { name: 'Walk' }));
    await userEvent.type(
      within(dialog).getByLabelText(/Deadline/),
      '2025-06-30',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    expect(await screen.findByText('Campaign page')).toBeInTheDocument();
    expect(api.createCampaign).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Payments to Walk in On Call',
        filter: { owners: ['group:default/payments'], includeSubgroups: true },
        target: { areas: { 'on-call': 'walk' } },
        deadline: '2025-06-30',
        managers: [],
      }),
    );
  });
});
