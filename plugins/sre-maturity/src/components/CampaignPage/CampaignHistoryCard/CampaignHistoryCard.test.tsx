import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { Campaign, sreMaturityApiRef } from '../../../api';
import {
  makeCampaign,
  makeCampaignHistory,
} from '../../../testing/campaignFixtures';
import { testModel } from '../../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../../testing/mockSreMaturityApi';
import { CampaignHistoryCard } from './CampaignHistoryCard';

async function renderCard(
  api: ReturnType<typeof mockSreMaturityApi>,
  campaign: Campaign = makeCampaign(),
) {
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <CampaignHistoryCard campaign={campaign} model={testModel} />
    </TestApiProvider>,
  );
}

describe('CampaignHistoryCard', () => {
  it('shows who created and who changed the campaign, when, and each field changed', async () => {
    const api = mockSreMaturityApi();
    api.getCampaignHistory.mockResolvedValue({ items: makeCampaignHistory() });
    await renderCard(api);

    const updated = (await screen.findByText('Updated')).closest('li')!;
    expect(within(updated).getByText('ops-lead')).toHaveAttribute(
      'title',
      'user:default/ops-lead',
    );
    expect(within(updated).getByText('Apr 21, 2025')).toBeInTheDocument();
    const changes = within(updated)
      .getAllByRole('definition')
      .map(dd => [dd.previousElementSibling?.textContent, dd.textContent]);
    expect(changes).toEqual([
      ['Title', 'Payments on call → Payments to Walk in On Call'],
      ['Deadline', 'Jun 15, 2025 → Jun 30, 2025'],
      ['Managers', 'sre-lead → sre-lead, ops-lead'],
    ]);

    const created = screen.getByText('Created').closest('li')!;
    expect(within(created).getByText('sre-lead')).toBeInTheDocument();
    expect(within(created).getByText('Apr 20, 2025')).toBeInTheDocument();
    expect(within(created).queryByRole('definition')).not.toBeInTheDocument();
    expect(api.getCampaignHistory).toHaveBeenCalledWith('payments-walk');
  });

  it('shows progress while the history loads', async () => {
    const api = mockSreMaturityApi();
    api.getCampaignHistory.mockReturnValue(new Promise(() => {}));
    await renderCard(api);

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows why the history could not be read', async () => {
    const api = mockSreMaturityApi();
    api.getCampaignHistory.mockRejectedValue(
      await makeResponseError(503, 'ServiceUnavailableError', 'No database'),
    );
    await renderCard(api);

    expect((await screen.findAllByText(/No database/))[0]).toBeInTheDocument();
  });

  it('says when no change is recorded', async () => {
    const api = mockSreMaturityApi();
    await renderCard(api);

    expect(await screen.findByText('No changes recorded.')).toBeInTheDocument();
  });

  it('says a campaign from config has no history here, without asking for one', async () => {
    const api = mockSreMaturityApi();
    await renderCard(api, makeCampaign({ source: 'config', revision: 0 }));

    expect(
      screen.getByText(
        /No history is kept here for a campaign defined in app-config.yaml/,
      ),
    ).toBeInTheDocument();
    expect(api.getCampaignHistory).not.toHaveBeenCalled();
  });
});
