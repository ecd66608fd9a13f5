import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../routes';
import { CampaignsPageLink } from './CampaignsPageLink';

describe('CampaignsPageLink', () => {
  it('links to the campaigns under the scorecard page', async () => {
    await renderInTestApp(<CampaignsPageLink />, {
      mountedRoutes: { '/sre-maturity': rootRouteRef },
    });
    expect(screen.getByRole('link', { name: 'Campaigns' })).toHaveAttribute(
      'href',
      '/sre-maturity/campaigns',
    );
  });

  it('shows nothing in an app without the scorecard page', async () => {
    await renderInTestApp(<CampaignsPageLink />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
