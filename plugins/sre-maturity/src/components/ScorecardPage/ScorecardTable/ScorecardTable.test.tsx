import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardTable } from './ScorecardTable';
import { paymentsRow } from '../testData';

const areas: Area[] = [
  { id: 'on-call', title: 'On Call, Escalations and Incidents' },
  { id: 'observability', title: 'Observability' },
].map(area => ({ ...area, description: '', phases: [] }));

async function renderTable(onSort = jest.fn(), rows = [paymentsRow]) {
  await renderInTestApp(
    <ScorecardTable
      rows={rows}
      areas={areas}
      orderBy="on-call"
      order="desc"
      onSort={onSort}
    />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onSort;
}

describe('ScorecardTable', () => {
  it('abbreviates long area titles, keeping the full title as name and tooltip', async () => {
    const user = userEvent.setup({ delay: null });
    const onSort = await renderTable();

    const header = screen.getByRole('columnheader', {
      name: 'On Call, Escalations and Incidents',
    });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const button = within(header).getByRole('button', {
      name: 'On Call, Escalations and Incidents',
    });
    expect(within(button).getByText('On Call')).toBeVisible();
    await user.hover(button);
    expect(
      await screen.findByRole('tooltip', {
        name: 'On Call, Escalations and Incidents',
      }),
    ).toBeInTheDocument();
    await user.click(button);
    expect(onSort).toHaveBeenCalledWith('on-call');

    expect(
      within(
        screen.getByRole('columnheader', { name: 'Observability' }),
      ).getByRole('button', { name: 'Observability' }),
    ).not.toHaveAttribute('title');
  });

  it('keeps headers on one line and the table scrollable sideways', async () => {
    await renderTable();

    const headers = screen.getAllByRole('columnheader');
    for (const header of headers) {
      expect(getComputedStyle(header).whiteSpace).toBe('nowrap');
    }
    const name = screen.getByRole('columnheader', { name: 'Name' });
    expect(getComputedStyle(name).minWidth).toBe('160px');
    expect(getComputedStyle(name).position).toBe('sticky');
    expect(
      getComputedStyle(screen.getByRole('cell', { name: 'Payments API' }))
        .position,
    ).toBe('sticky');
    expect(
      getComputedStyle(
        screen.getByRole('table', { name: 'SRE maturity per entity' })
          .parentElement!,
      ).overflowX,
    ).toBe('auto');
  });

  it('puts the key columns first, before the areas, and the others after them', async () => {
    await renderTable();

    const headers = screen.getAllByRole('columnheader');
    expect(headers.map(header => header.textContent)).toEqual([
      'Name',
      'Overall',
      'Score',
      'GapGap to target',
      'On CallOn Call, Escalations and Incidents',
      'Observability',
      'Last assessed',
      'Owner',
      'System',
      'Kind',
      'Lifecycle',
    ]);
    const cells = within(
      screen.getByRole('row', { name: /^Payments API/ }),
    ).getAllByRole('cell');
    expect(cells.map(cell => cell.textContent)).toEqual([
      'Payments API',
      'Overall: WalkWalk',
      '72',
      '1target Run',
      '—',
      'Observability: Walk, 40% to RunWalk40% → Run',
      expect.stringMatching(/Stale$/),
      'team-a',
      'checkout',
      'Component',
      'production',
    ]);
  });

  it('keeps the header in view while the rows scroll, with the scrollbars on screen', async () => {
    await renderTable();

    for (const header of screen.getAllByRole('columnheader')) {
      expect(getComputedStyle(header).position).toBe('sticky');
      expect(getComputedStyle(header).top).toBe('0px');
    }
    const container = screen.getByRole('table', {
      name: 'SRE maturity per entity',
    }).parentElement!;
    expect(getComputedStyle(container).maxHeight).toBe('calc(100vh - 160px)');
  });

  it('does not pin a gap set by an area target on the overall target', async () => {
    await renderTable(jest.fn(), [
      { ...paymentsRow, overall: 'not-started', target: 'walk', gap: 3 },
    ]);

    const gap = screen.getByText('per-area target').parentElement!;
    expect(gap).toHaveTextContent(/^3per-area target$/);
    expect(screen.queryByText('target Walk')).not.toBeInTheDocument();
  });

  it('links owner and system to their catalog pages as the filters name them', async () => {
    await renderTable(jest.fn(), [
      {
        ...paymentsRow,
        entityRef: 'component:default/pay#ments',
        namespace: 'platform',
        owner: 'team-b',
        system: 'system:default/checkout',
      },
      {
        ...paymentsRow,
        entityRef: 'component:default/other',
        name: 'other',
        title: undefined,
        owner: 'not a ref:/',
        system: undefined,
      },
    ]);

    expect(
      screen.getByRole('link', { name: 'platform/team-b' }),
    ).toHaveAttribute('href', '/catalog/platform/group/team-b');
    expect(screen.getByRole('link', { name: 'checkout' })).toHaveAttribute(
      'href',
      '/catalog/default/system/checkout',
    );
    // Names the catalog would refuse still make working links.
    expect(screen.getByRole('link', { name: 'Payments API' })).toHaveAttribute(
      'href',
      '/catalog/default/component/pay%23ments/sre-maturity',
    );
    const other = screen.getByRole('row', { name: /^other/ });
    expect(within(other).getByText('not a ref:/')).toBeInTheDocument();
    expect(within(other).getAllByRole('link')).toHaveLength(1);
  });
});
