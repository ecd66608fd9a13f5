import { render, screen } from '@testing-library/react';
import { OrgTrendChart } from './OrgTrendChart';
import { orgTrend } from '../testData';

jest.mock('recharts', () =>
  jest
    .requireActual('../../../testing/fixedSizeCharts')
    .rechartsWithFixedSize(),
);

describe('OrgTrendChart', () => {
  it('labels days the way the rest of the plugin writes dates', () => {
    render(<OrgTrendChart trend={orgTrend} />);

    expect(screen.getAllByText('Jan 1, 2025').length).toBeGreaterThan(0);
    expect(screen.queryByText('2025-01-01')).not.toBeInTheDocument();
  });

  it('waits for a second day before drawing', () => {
    render(
      <OrgTrendChart
        trend={{ ...orgTrend, items: orgTrend.items.slice(0, 1) }}
      />,
    );

    expect(
      screen.getByText(
        'One day recorded so far (Jan 1, 2025): the trend draws from the second daily snapshot on.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('svg')).toBeNull();
  });
});
