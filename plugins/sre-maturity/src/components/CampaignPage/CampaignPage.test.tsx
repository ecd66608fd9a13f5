import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { useCanManageCampaigns } from '../../hooks/useCanManageCampaigns';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { RevisionConflictError, sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { campaignProgress, makeCampaign } from '../../testing/campaignFixtures';
import { testModelResponse } from '../../testing/fixtures';
import { mockSreMaturityApi } from '../../testing/mockSreMaturityApi';
import { CampaignPage } from './CampaignPage';

jest.mock('recharts', () =>
  jest.requireActual('../../testing/fixedSizeCharts').rechartsWithFixedSize(),
);
jest.mock('../../hooks/useCanManageCampaigns', () => ({
  useCanManageCampaigns: jest.fn(),
}));
jest.setTimeout(30_000);

async function renderPage(
  options: {
    allowed?: boolean;
    campaign?: ReturnType<typeof makeCampaign>;
  } = {},
) {
  jest.mocked(useCanManageCampaigns).mockReturnValue(!!options.allowed);
  const api = mockSreMaturityApi();
  api.getCampaign.mockResolvedValue(options.campaign ?? makeCampaign());
  api.getCampaignProgress.mockResolvedValue(campaignProgress);
  api.getModel.mockResolvedValue(testModelResponse);
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <Routes>
        <Route path="/campaigns/:campaignId" element={<CampaignPage />} />
        <Route path="/campaigns" element={<p>All campaigns</p>} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/campaigns/payments-walk'],
      mountedRoutes: {
        '/': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('CampaignPage', () => {
  it('shows what the campaign covers and asks, its burn-up and each team', async () => {
    const api = await renderPage();

    expect(
      await screen.findByRole('heading', {
        name: 'Payments to Walk in On Call',
      }),
    ).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenCalledWith('payments-walk');
    expect(
      screen.getByText('Owner payments and sub-groups'),
    ).toBeInTheDocument();
    expect(screen.getByText('On Call: Walk')).toBeInTheDocument();
    expect(screen.getByText('sre-lead')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: 'Covered entities: 1 of 4 at target (25%)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('Required by the deadline').length,
    ).toBeGreaterThan(0);
    const teams = screen.getByRole('table', { name: 'Progress per team' });
    const [, fraud, payments] = within(teams).getAllByRole('row');
    expect(
      within(fraud).getByRole('link', { name: 'fraud' }),
    ).toBeInTheDocument();
    expect(within(fraud).getByText(/^Behind/)).toBeInTheDocument();
    expect(within(payments).getByText('On track')).toBeInTheDocument();
    // Without the permission, nothing to change.
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
  });

  it('says a campaign from config is read-only, even to managers', async () => {
    await renderPage({
      allowed: true,
      campaign: makeCampaign({ source: 'config', revision: 0 }),
    });

    expect(
      await screen.findByText(/Defined in app-config.yaml/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Delete' }),
    ).not.toBeInTheDocument();
  });

  it('keeps an edit that met a newer version, and saves it over that one when asked', async () => {
    const api = await renderPage({ allowed: true });
    const theirs = makeCampaign({ revision: 3, title: 'Their title' });
    api.updateCampaign
      .mockRejectedValueOnce(new RevisionConflictError(theirs))
      .mockResolvedValueOnce({ ...theirs, revision: 4, title: 'Mine' });

    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit campaign' });
    const title = within(dialog).getByRole('textbox', { name: /Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Mine');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(/Someone else changed this campaign/),
    ).toBeInTheDocument();
    expect(title).toHaveValue('Mine');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save mine over it' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.updateCampaign).toHaveBeenLastCalledWith('payments-walk', {
      revision: 3,
      campaign: expect.objectContaining({ title: 'Mine' }),
    });
  });

  it('deletes with the revision shown and returns to the campaigns', async () => {
    const api = await renderPage({ allowed: true });
    api.deleteCampaign.mockResolvedValue();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Delete',
      }),
    );

    expect(await screen.findByText('All campaigns')).toBeInTheDocument();
    expect(api.deleteCampaign).toHaveBeenCalledWith('payments-walk', 2);
  });
});
