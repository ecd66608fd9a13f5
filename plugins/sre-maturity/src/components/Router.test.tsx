import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sreMaturityApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { mockSreMaturityApi } from '../testing/mockSreMaturityApi';
import { Router } from './Router';

describe('Router', () => {
  it('shows the model page at /model under the scorecard page', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[sreMaturityApiRef, mockSreMaturityApi()]]}>
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
});
