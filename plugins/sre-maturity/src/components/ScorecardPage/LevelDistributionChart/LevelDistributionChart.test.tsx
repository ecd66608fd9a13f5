import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LevelDistributionChart } from './LevelDistributionChart';
import { levelCounts } from '../testData';

describe('LevelDistributionChart', () => {
  it('draws a bar per row, its segments as wide as their shares', async () => {
    await renderInTestApp(
      <LevelDistributionChart
        rows={[
          {
            label: 'Obs.',
            title: 'Observability',
            counts: levelCounts(2, 0, 1, 97),
          },
          { label: 'Releasing', counts: levelCounts(0, 0, 0, 0) },
        ]}
      />,
    );

    // What screen readers hear: the full titles and every count.
    expect(
      screen.getAllByRole('listitem').map(item => item.textContent),
    ).toEqual([
      'Observability: 2 Not started, 0 Crawl, 1 Walk, 97 Run',
      'Releasing: 0 Not started, 0 Crawl, 0 Walk, 0 Run',
    ]);

    const bar = screen.getByTitle(
      'Observability: 2 Not started, 0 Crawl, 1 Walk, 97 Run',
    );
    const segments = Array.from(bar.children) as HTMLElement[];
    expect(segments.map(segment => segment.style.width)).toEqual([
      '2%',
      '1%',
      '97%',
    ]);
    // Only a segment wide enough shows its count.
    expect(segments.map(segment => segment.textContent)).toEqual([
      '',
      '',
      '97',
    ]);
    expect(
      screen.getByTitle('Releasing: 0 Not started, 0 Crawl, 0 Walk, 0 Run')
        .children,
    ).toHaveLength(0);
    expect(screen.getByText('Obs.')).toHaveAttribute('title', 'Observability');
    for (const level of ['Not started', 'Crawl', 'Walk', 'Run']) {
      expect(screen.getByText(level)).toBeInTheDocument();
    }
  });
});
