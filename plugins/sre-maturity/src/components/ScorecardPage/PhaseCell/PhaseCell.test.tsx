import { renderInTestApp } from '@backstage/test-utils';
import { Table, TableBody, TableRow } from '@material-ui/core';
import { screen } from '@testing-library/react';
import { LEVEL_COLORS } from '../../shared/levelColors';
import { PhaseCell } from './PhaseCell';

function renderCell(cell: JSX.Element) {
  return renderInTestApp(
    <Table>
      <TableBody>
        <TableRow>{cell}</TableRow>
      </TableBody>
    </Table>,
  );
}

describe('PhaseCell', () => {
  it('says toward which phase the progress counts, e.g. "40% → Walk"', async () => {
    await renderCell(
      <PhaseCell title="Observability" level="crawl" progress={0.4} />,
    );

    expect(screen.getByText('40% → Walk')).toBeInTheDocument();
    expect(
      screen.getByText('Observability: Crawl, 40% to Walk'),
    ).toBeInTheDocument();
  });

  it('shows no progress once Run is reached', async () => {
    await renderCell(<PhaseCell title="Releasing" level="run" progress={1} />);

    expect(screen.queryByText(/→/)).not.toBeInTheDocument();
  });

  it('colors the cell by level', async () => {
    await renderCell(<PhaseCell title="Security" level="not-started" />);

    expect(screen.getByRole('cell')).toHaveStyle({
      background: LEVEL_COLORS['not-started'].background,
    });
  });

  it('shows n/a for an area that does not apply to the entity', async () => {
    await renderCell(
      <PhaseCell
        title="On Call"
        level="not-started"
        progress={0}
        applicable={false}
      />,
    );

    expect(screen.getByText('n/a')).toBeInTheDocument();
    expect(screen.getByText('On Call: does not apply')).toBeInTheDocument();
    expect(screen.queryByText(/Not started|→/)).not.toBeInTheDocument();
  });
});
