import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ScorecardSummary } from './ScorecardSummary';
import { levelCounts } from './testData';

describe('ScorecardSummary', () => {
  it('gives the numbers and the phase chart half the width below large screens', async () => {
    await renderInTestApp(
      <ScorecardSummary
        totals={{
          entities: 2,
          averageScore: 41,
          byPhase: levelCounts(1, 0, 1, 0),
          stale: 1,
          belowTarget: 1,
        }}
        trend={{ loading: true }}
      />,
    );

    const gridItem = (title: string) =>
      screen.getByText(title).closest('.MuiGrid-item') as HTMLElement;
    for (const title of ['Summary', 'Overall phase']) {
      expect(gridItem(title)).toHaveClass('MuiGrid-grid-sm-6');
      expect(gridItem(title).className).not.toMatch(/MuiGrid-grid-md-/);
    }
    expect(gridItem('Trend, last 90 days')).toHaveClass(
      'MuiGrid-grid-xs-12',
      'MuiGrid-grid-lg-5',
    );
  });
});
