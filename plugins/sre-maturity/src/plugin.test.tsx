import { getComponentData } from '@backstage/core-plugin-api';
import {
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sreMaturityApiRef, SreMaturityClient } from './api';
import {
  EntitySreMaturityCard,
  EntitySreMaturityContent,
  EntitySystemSreMaturityCard,
  EntityGroupSreMaturityCard,
  EntityGroupSreMaturityContent,
  isSreMaturityAvailable,
  sreMaturityPlugin,
  SreMaturityPage,
} from './index';
import { rootRouteRef } from './routes';
import { makeAssessment, testEntity } from './testing/fixtures';
import { mockSreMaturityApi } from './testing/mockSreMaturityApi';
import { fakeSreMaturityApi } from './components/ScorecardPage/testData';
import { groupMaturity } from './testing/campaignFixtures';

describe('sre-maturity plugin (legacy frontend system)', () => {
  it('installs the API with the client', () => {
    const [factory] = [...sreMaturityPlugin.getApis()];

    expect(sreMaturityPlugin.getId()).toBe('sre-maturity');
    expect(factory.api.id).toBe(sreMaturityApiRef.id);
    expect(
      factory.factory({
        discoveryApi: mockApis.discovery(),
        fetchApi: { fetch: jest.fn() },
      }),
    ).toBeInstanceOf(SreMaturityClient);
  });

  it('mounts the page on the root route', () => {
    expect(getComponentData(<SreMaturityPage />, 'core.mountPoint')).toBe(
      rootRouteRef,
    );
  });

  it('renders the tab and the card on an entity page, as a legacy app would', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(makeAssessment());
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [sreMaturityApiRef, api],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <EntityProvider entity={testEntity}>
          {isSreMaturityAvailable(testEntity) && (
            <>
              <EntitySreMaturityCard />
              <EntitySreMaturityContent />
            </>
          )}
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(await screen.findByText('Overall: Not started')).toBeInTheDocument();
    expect(await screen.findByText('Overall phase')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Observability/ }),
    ).toBeInTheDocument();
  });

  it('renders the System card, as a legacy app would', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[sreMaturityApiRef, fakeSreMaturityApi()]]}>
        <EntityProvider entity={{ ...testEntity, kind: 'System' }}>
          <EntitySystemSreMaturityCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('list', { name: 'Lowest scores' }),
    ).toBeInTheDocument();
  });

  it('renders the Group tab and card, as a legacy app would', async () => {
    const api = fakeSreMaturityApi();
    api.getGroupMaturity.mockResolvedValue(groupMaturity);
    await renderInTestApp(
      <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
        <EntityProvider entity={{ ...testEntity, kind: 'Group' }}>
          <EntityGroupSreMaturityCard />
          <EntityGroupSreMaturityContent />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('table', { name: 'SRE maturity per Team' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the roll-up/ }),
    ).toBeInTheDocument();
  });
});
