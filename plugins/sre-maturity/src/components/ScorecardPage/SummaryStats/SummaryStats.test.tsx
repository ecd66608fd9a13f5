import { render, screen } from '@testing-library/react';
import { SummaryStats } from './SummaryStats';
import { levelCounts } from '../testData';

describe('SummaryStats', () => {
  it('counts the entities of the scorecard without claiming they are assessed', () => {
    render(
      <SummaryStats
        totals={{
          entities: 42,
          nothingApplies: 0,
          averageScore: 4.4,
          byPhase: levelCounts(42, 0, 0, 0),
          stale: 0,
          belowTarget: 10,
        }}
      />,
    );

    const terms = screen.getAllByRole('term').map(term => term.textContent);
    expect(terms).toEqual([
      'Entities',
      'Average score',
      'Stale assessments',
      'Below target',
    ]);
    expect(screen.getByText('Entities').nextSibling).toHaveTextContent('42');
    expect(screen.queryByText(/assessed/)).not.toBeInTheDocument();
  });
});
