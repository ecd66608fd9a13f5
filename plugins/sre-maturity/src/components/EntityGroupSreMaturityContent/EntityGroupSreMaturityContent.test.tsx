import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  groupMaturity,
  makeCampaignListItem,
} from '../../testing/campaignFixtures';
import { fakeSreMaturityApi } from '../ScorecardPage/testData';
import { EntityGroupSreMaturityContent } from './EntityGroupSreMaturityContent';

const paymentsGroup: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: ['fraud', 'billing'] },
};

async function renderTab(api = fakeSreMaturityApi(), group = groupMaturity) {
  api.getGroupMaturity.mockResolvedValue(group);
  api.listCampaigns.mockResolvedValue({
    items: [
      makeCampaignListItem(),
      makeCampaignListItem({
        id: 'other',
        title: 'Search to Crawl',
        filter: { owners: ['group:default/search'] },
      }),
    ],
  });
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <EntityProvider entity={paymentsGroup}>
        <EntityGroupSreMaturityContent />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/sre-maturity': rootRouteRef,
      },
    },
  );
  return api;
}

jest.setTimeout(30_000);

describe('EntityGroupSreMaturityContent', () => {
  it('rolls up the group with its sub-groups, one row per direct sub-group', async () => {
    const api = await renderTab();

    const table = await screen.findByRole('table', {
      name: 'SRE maturity per Team',
    });
    expect(api.getGroupMaturity).toHaveBeenCalledWith('group:default/payments');
    expect(api.getScorecardTrend).toHaveBeenCalledWith({
      owner: ['group:default/payments'],
      includeSubgroups: true,
    });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getByRole('link').textContent);
    // Sub-groups by title, sorted by it; their refs below.
    expect(names()).toEqual([
      'Payments itself',
      'Fraud Prevention',
      'Payments – Billing',
    ]);
    const fraud = within(table).getByRole('link', { name: 'Fraud Prevention' });
    expect(fraud).toHaveAttribute(
      'href',
      '/catalog/default/group/fraud/sre-maturity',
    );
    expect(fraud.closest('td')).toHaveTextContent('Fraud Preventionfraud');
    expect(
      within(table).getByRole('link', { name: 'Payments itself' }),
    ).toHaveAttribute('href', '/sre-maturity?owner=group%3Adefault%2Fpayments');
    expect(
      screen.getByRole('link', {
        name: 'Open these entities in the scorecard',
      }),
    ).toHaveAttribute(
      'href',
      '/sre-maturity?owner=group%3Adefault%2Fpayments&includeSubgroups=true',
    );
    // The summary of the whole subtree.
    expect(
      screen.getByText('Entities: 1 Not started, 1 Crawl, 1 Walk, 0 Run'),
    ).toBeInTheDocument();

    // The campaigns that name the group; not those of other teams.
    const campaigns = await screen.findByRole('table', {
      name: 'Campaigns of this group',
    });
    expect(
      within(campaigns).getByRole('link', {
        name: 'Payments to Walk in On Call',
      }),
    ).toHaveAttribute('href', '/sre-maturity/campaigns/payments-walk');
    expect(
      within(campaigns).queryByText('Search to Crawl'),
    ).not.toBeInTheDocument();

    // Sub-groups sort here; the group's own row stays first.
    await userEvent.click(
      within(table).getByRole('button', { name: 'Average score' }),
    );
    expect(names()).toEqual([
      'Payments itself',
      'Payments – Billing',
      'Fraud Prevention',
    ]);
  });

  it('says so when the group and its sub-groups own nothing assessed', async () => {
    await renderTab(fakeSreMaturityApi(), { ...groupMaturity, entities: 0 });

    expect(
      await screen.findByText(
        'No entity owned by this group or its sub-groups is in the SRE maturity scorecard yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
