import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../routes';
import { ModelPageLink } from './ModelPageLink';

describe('ModelPageLink', () => {
  it('links to the model page under the scorecard page', async () => {
    await renderInTestApp(<ModelPageLink />, {
      mountedRoutes: { '/sre-maturity': rootRouteRef },
    });
    expect(
      screen.getByRole('link', { name: 'How the model works' }),
    ).toHaveAttribute('href', '/sre-maturity/model');
  });

  it('shows nothing in an app without the scorecard page', async () => {
    await renderInTestApp(<ModelPageLink />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
