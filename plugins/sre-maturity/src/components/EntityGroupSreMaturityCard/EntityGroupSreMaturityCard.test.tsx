import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sreMaturityApiRef } from '../../api';
import { groupMaturity } from '../../testing/campaignFixtures';
import { fakeSreMaturityApi } from '../ScorecardPage/testData';
import { EntityGroupSreMaturityCard } from './EntityGroupSreMaturityCard';

const paymentsGroup: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('EntityGroupSreMaturityCard', () => {
  it("rolls up the group's and its sub-groups' entities, linked to the tab", async () => {
    const api = fakeSreMaturityApi();
    api.getGroupMaturity.mockResolvedValue(groupMaturity);
    await renderInTestApp(
      <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
        <EntityProvider entity={paymentsGroup}>
          <EntityGroupSreMaturityCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByText(
        'Owned by this group and its 2 direct sub-groups, at any depth.',
      ),
    ).toBeInTheDocument();
    expect(api.getGroupMaturity).toHaveBeenCalledWith('group:default/payments');
    expect(
      screen.getByText('Overall: 1 Not started, 1 Crawl, 1 Walk, 0 Run'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the roll-up/ }),
    ).toHaveAttribute('href', '/catalog/default/group/payments/sre-maturity');
  });
});
