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

describe('ModelPageLink to one entity', () => {
  it('links to the model page explaining the entity', async () => {
    await renderInTestApp(
      <ModelPageLink entityRef="component:default/payments-api">
        Why Not started?
      </ModelPageLink>,
      { mountedRoutes: { '/sre-maturity': rootRouteRef } },
    );
    expect(
      screen.getByRole('link', { name: 'Why Not started?' }),
    ).toHaveAttribute(
      'href',
      '/sre-maturity/model?entity=component%3Adefault%2Fpayments-api',
    );
  });
});
