import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ExemptPage } from '../../../api';
import { ExemptTable } from './ExemptTable';

const paging = {
  page: 0,
  pageSize: 25,
  onPageChange: jest.fn(),
  onPageSizeChange: jest.fn(),
};

const entity = (name: string, owner?: string) => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  namespace: 'default',
  name,
  owner,
  tags: [],
});

const page: ExemptPage = {
  items: [
    {
      entity: entity('legacy-billing', 'group:default/team-a'),
      exemptReason: 'Decommissioned in Q3',
    },
    { entity: entity('sandbox') },
  ],
  totalItems: 2,
  limit: 25,
  offset: 0,
};

const render = (props: Partial<Parameters<typeof ExemptTable>[0]>) =>
  renderInTestApp(<ExemptTable paging={paging} {...props} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });

describe('ExemptTable', () => {
  it('lists each exempt entity with its owner and reason, and the count', async () => {
    await render({ page });

    expect(
      screen.getByText('2 entities are exempt from the scorecard.'),
    ).toBeInTheDocument();
    const rows = within(
      screen.getByRole('table', { name: 'Exempt entities' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1]).getByRole('link', { name: 'legacy-billing' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/legacy-billing/sre-maturity',
    );
    expect(
      within(rows[1]).getByRole('link', { name: 'team-a' }),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('Decommissioned in Q3'),
    ).toBeInTheDocument();
    expect(within(rows[2]).getByText('No reason given')).toBeInTheDocument();
  });

  it('says when no entity is exempt', async () => {
    await render({ page: { ...page, items: [], totalItems: 0 } });

    expect(screen.getByText(/No entity is exempt/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows progress while loading and the error when it fails', async () => {
    const { unmount } = await render({});
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    unmount();

    await render({ error: new Error('Exemptions unavailable') });
    expect(
      screen.getByText('Error: Exemptions unavailable'),
    ).toBeInTheDocument();
  });
});
