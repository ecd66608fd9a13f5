import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GroupRow } from '../../../api';
import { groupsPage, modelResponse } from '../testData';
import { GroupsTable } from './GroupsTable';

function renderTable(groups: GroupRow[]) {
  return renderInTestApp(
    <GroupsTable
      by="owner"
      groups={groups}
      areas={modelResponse.model.areas}
      order="asc"
      groupLink={key => `/sre-maturity?owner=${key}`}
      onSort={jest.fn()}
    />,
  );
}

describe('GroupsTable', () => {
  it('abbreviates Average score to fit the window, read out and shown in full', async () => {
    const user = userEvent.setup({ delay: null });
    await renderTable(groupsPage.items);

    const table = screen.getByRole('table', { name: 'SRE maturity per Team' });
    const header = within(table).getByRole('columnheader', {
      name: 'Average score',
    });
    const short = within(header).getByText('Avg. score');
    expect(short).toBeVisible();
    await user.hover(short);
    expect(
      await screen.findByRole('tooltip', { name: 'Average score' }),
    ).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'Team',
      'Entities',
      'Avg. scoreAverage score',
      'Overall',
      'Observability',
      'Releasing',
      'Stale',
      'Below target',
    ]);
  });

  it("names a team by its Group's title, with its ref below", async () => {
    const [teamA, noOwner] = groupsPage.items;
    await renderTable([
      { ...teamA, title: 'Payments – Fraud' },
      { ...teamA, key: 'group:default/team-b' },
      noOwner,
    ]);

    const table = screen.getByRole('table', { name: 'SRE maturity per Team' });
    const fraud = within(table).getByRole('link', { name: 'Payments – Fraud' });
    expect(fraud).toHaveAttribute(
      'href',
      '/sre-maturity?owner=group:default/team-a',
    );
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getAllByRole('cell')[0].textContent),
    ).toEqual(['Payments – Fraudteam-a', 'team-b', 'No owner']);
  });
});
