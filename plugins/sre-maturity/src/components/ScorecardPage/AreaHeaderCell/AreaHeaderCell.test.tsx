import { Table, TableHead, TableRow } from '@material-ui/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AreaHeaderCell } from './AreaHeaderCell';

describe('AreaHeaderCell', () => {
  it('shows a long area title abbreviated, with the full title as name and tooltip', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <Table>
        <TableHead>
          <TableRow>
            <AreaHeaderCell title="People and Culture" />
            <AreaHeaderCell title="Security" />
          </TableRow>
        </TableHead>
      </Table>,
    );

    const header = screen.getByRole('columnheader', {
      name: 'People and Culture',
    });
    const short = screen.getByText('People');
    expect(short).toBeVisible();
    await user.hover(short);
    expect(
      await screen.findByRole('tooltip', { name: 'People and Culture' }),
    ).toBeInTheDocument();
    expect(header).toContainElement(short);
    expect(
      screen.getByRole('columnheader', { name: 'Security' }),
    ).toHaveTextContent(/^Security$/);
  });
});
