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
import { fakeSreMaturityApi, scorecardPage } from '../ScorecardPage/testData';
import { EntitySystemSreMaturityCard } from './EntitySystemSreMaturityCard';

const checkout: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { owner: 'team-a' },
};

async function renderCard(api = fakeSreMaturityApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <EntityProvider entity={checkout}>
        <EntitySystemSreMaturityCard />
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

describe('EntitySystemSreMaturityCard', () => {
  it("rolls up the system's entities and lists the lowest scores", async () => {
    const api = await renderCard();

    const lowest = await screen.findByRole('list', { name: 'Lowest scores' });
    expect(api.getScorecardRows).toHaveBeenCalledWith({
      system: ['system:default/checkout'],
      orderBy: 'score',
      order: 'asc',
      limit: 5,
    });
    expect(api.getScorecardAreas).toHaveBeenCalledWith({
      system: ['system:default/checkout'],
    });
    expect(
      within(lowest).getByRole('link', { name: 'Payments API' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/sre-maturity',
    );
    expect(within(lowest).getByText('10 / 100')).toBeInTheDocument();
    // The headline numbers and the distributions.
    expect(screen.getByText('Average score')).toBeInTheDocument();
    expect(
      screen.getByText('Overall: 1 Not started, 0 Crawl, 1 Walk, 0 Run'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Releasing: 1 Not started, 0 Crawl, 0 Walk, 1 Run'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open in the scorecard/ }),
    ).toHaveAttribute(
      'href',
      '/sre-maturity?system=system%3Adefault%2Fcheckout',
    );
  });

  it('says so when none of its entities is in the scorecard', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(scorecardPage([]));
    await renderCard(api);

    expect(
      await screen.findByText(
        "None of this system's entities is in the SRE maturity scorecard yet.",
      ),
    ).toBeInTheDocument();
  });

  it('offers a retry when loading fails', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardAreas.mockRejectedValueOnce(new Error('Boom'));
    await renderCard(api);

    expect(
      await screen.findByText('Could not load the SRE maturity of this system'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('list', { name: 'Lowest scores' }),
    ).toBeInTheDocument();
  });
});
