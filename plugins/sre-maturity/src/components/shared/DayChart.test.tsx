import { render, screen } from '@testing-library/react';
import { Line } from 'recharts';
import { DayChart } from './DayChart';

jest.mock('recharts', () =>
  jest.requireActual('../../testing/fixedSizeCharts').rechartsWithFixedSize(),
);

const data = [
  { day: '2025-01-01', zeta: 1, alpha: 2 },
  { day: '2025-01-02', zeta: 2, alpha: 3 },
];

function chart(legendInDrawOrder?: boolean) {
  return (
    <DayChart
      data={data}
      height={300}
      desc="Two series"
      legendInDrawOrder={legendInDrawOrder}
    >
      <Line dataKey="zeta" name="Zeta" isAnimationActive={false} />
      <Line dataKey="alpha" name="Alpha" isAnimationActive={false} />
    </DayChart>
  );
}

const legend = () =>
  Array.from(document.querySelectorAll('.recharts-legend-item-text')).map(
    item => item.textContent,
  );

describe('DayChart', () => {
  it('labels days the way the rest of the plugin writes dates', () => {
    render(chart());

    expect(screen.getAllByText('Jan 1, 2025').length).toBeGreaterThan(0);
    expect(screen.queryByText('2025-01-01')).not.toBeInTheDocument();
  });

  it('lists the series by name, or as drawn when asked', () => {
    const { unmount } = render(chart());
    expect(legend()).toEqual(['Alpha', 'Zeta']);
    unmount();

    render(chart(true));
    expect(legend()).toEqual(['Zeta', 'Alpha']);
  });
});
