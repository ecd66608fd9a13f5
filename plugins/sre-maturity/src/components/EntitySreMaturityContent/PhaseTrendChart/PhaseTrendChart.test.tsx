import { render } from '@testing-library/react';
import { testModel } from '../../../testing/fixtures';
import { PhaseTrendChart } from './PhaseTrendChart';

jest.mock('recharts', () =>
  jest
    .requireActual('../../../testing/fixedSizeCharts')
    .rechartsWithFixedSize(),
);

describe('PhaseTrendChart', () => {
  it('lists Overall first in the legend, then the areas in model order', () => {
    const areas = [...testModel.areas].reverse();
    const { container } = render(
      <PhaseTrendChart
        areas={areas}
        points={[
          {
            day: '2025-05-01',
            overall: 'crawl',
            score: 40,
            areas: { observability: 'walk', 'on-call': 'crawl' },
          },
        ]}
      />,
    );

    const legend = [
      ...container.querySelectorAll('.recharts-legend-item-text'),
    ].map(item => item.textContent);
    expect(legend).toEqual(['Overall', 'On Call', 'Observability']);
  });
});
