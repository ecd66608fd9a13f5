import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { useCanManageCampaigns } from '../../hooks/useCanManageCampaigns';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import {
  CampaignHistoryEvent,
  RevisionConflictError,
  sreMaturityApiRef,
} from '../../api';
import { rootRouteRef } from '../../routes';
import {
  campaignProgress,
  makeCampaign,
  makeCampaignHistory,
} from '../../testing/campaignFixtures';
import { testModelResponse } from '../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../testing/mockSreMaturityApi';
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
    /** Answers with a 404 to the campaign, and this history. */
    gone?: CampaignHistoryEvent[];
  } = {},
) {
  jest.mocked(useCanManageCampaigns).mockReturnValue(!!options.allowed);
  const api = mockSreMaturityApi();
  api.getCampaign.mockResolvedValue(options.campaign ?? makeCampaign());
  api.getCampaignProgress.mockResolvedValue(campaignProgress);
  api.getCampaignHistory.mockResolvedValue({ items: makeCampaignHistory() });
  api.getModel.mockResolvedValue(testModelResponse);
  if (options.gone) {
    const notFound = () =>
      makeResponseError(404, 'NotFoundError', "No campaign 'payments-walk'");
    api.getCampaign.mockRejectedValue(await notFound());
    api.getCampaignProgress.mockRejectedValue(await notFound());
    if (options.gone.length) {
      api.getCampaignHistory.mockResolvedValue({ items: options.gone });
    } else {
      api.getCampaignHistory.mockRejectedValue(await notFound());
    }
  }
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

/** The InfoCard of this title. */
function card(title: string): HTMLElement {
  return screen.getByText(title).closest('[class*="MuiCard-root"]')!;
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
    const about = card('About');
    expect(
      within(about).getByText('Managers').nextElementSibling,
    ).toHaveTextContent('sre-lead');
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
    const history = card('History');
    expect(await within(history).findByText('Updated')).toBeInTheDocument();
    expect(within(history).getByText('Created')).toBeInTheDocument();
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

  it('shows who deleted a campaign and when, what it asked and its history', async () => {
    const [updated, created] = makeCampaignHistory();
    const deletion: CampaignHistoryEvent = {
      ...updated,
      action: 'deleted',
      actor: 'user:default/cto',
      at: '2025-05-10T12:00:00Z',
    };
    await renderPage({ allowed: true, gone: [deletion, updated, created] });

    expect(
      await screen.findByRole('heading', {
        name: 'Payments to Walk in On Call',
      }),
    ).toBeInTheDocument();
    const notice = screen.getByText(/^Deleted on May 10, 2025 by/);
    expect(within(notice).getByText('cto')).toHaveAttribute(
      'title',
      'user:default/cto',
    );
    expect(screen.getByText('On Call: Walk')).toBeInTheDocument();
    // No days left to a deadline it no longer runs to.
    expect(
      within(card('About')).getByText('Deadline').nextElementSibling,
    ).toHaveTextContent(/^Jun 30, 2025$/);
    const history = card('History');
    expect(
      within(history)
        .getAllByRole('listitem')
        .map(item => item.querySelector('strong')?.textContent),
    ).toEqual(['Deleted', 'Updated', 'Created']);
    expect(screen.queryByText('Burn-up')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All campaigns' })).toBeVisible();
  });

  it('shows the 404 of an id no campaign ever had', async () => {
    await renderPage({ gone: [] });

    expect(
      (await screen.findAllByText(/No campaign 'payments-walk'/))[0],
    ).toBeInTheDocument();
    expect(screen.queryByText('History')).not.toBeInTheDocument();
  });
});
