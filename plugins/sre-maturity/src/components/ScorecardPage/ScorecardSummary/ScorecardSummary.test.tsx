import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ComponentProps } from 'react';
import { ScorecardSummary } from './ScorecardSummary';
import { levelCounts, modelResponse, scorecardAreas } from '../testData';

type Props = ComponentProps<typeof ScorecardSummary>;

function renderSummary(overrides: Partial<Props> = {}) {
  return renderInTestApp(
    <ScorecardSummary
      totals={{
        entities: 2,
        nothingApplies: 0,
        averageScore: 41,
        byPhase: levelCounts(1, 0, 1, 0),
        stale: 1,
        belowTarget: 1,
      }}
      trend={{ loading: true }}
      areas={modelResponse.model.areas}
      areaCounts={{ loading: false, value: scorecardAreas }}
      {...overrides}
    />,
  );
}

describe('ScorecardSummary', () => {
  it('gives the numbers and the phase chart half the width below large screens', async () => {
    await renderSummary();

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
    expect(gridItem('Phase per area')).toHaveClass('MuiGrid-grid-xs-12');
  });

  it('shows the phase distribution of every area in the model order', async () => {
    await renderSummary();

    const items = screen
      .getAllByRole('listitem')
      .map(item => item.textContent)
      .filter(text => !text?.startsWith('Entities'));
    expect(items).toEqual([
      'Observability: 1 Not started, 0 Crawl, 1 Walk, 0 Run',
      'Releasing: 1 Not started, 0 Crawl, 0 Walk, 1 Run',
    ]);
  });

  it('counts an area without results as no entities', async () => {
    await renderSummary({
      areaCounts: {
        loading: false,
        value: { areas: { observability: levelCounts(0, 2, 0, 0) } },
      },
    });

    expect(
      screen.getByText('Releasing: 0 Not started, 0 Crawl, 0 Walk, 0 Run'),
    ).toBeInTheDocument();
  });

  it('shows loading and errors of the area distribution in its card', async () => {
    const { unmount } = await renderSummary({
      areaCounts: { loading: true },
    });
    const card = () =>
      screen
        .getByText('Phase per area')
        .closest('.MuiCard-root') as HTMLElement;
    // Empty bars hold the card's height meanwhile; screen readers skip them.
    expect(card().querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(card()).toHaveTextContent('Observability');
    expect(card()).toHaveTextContent('Releasing');
    expect(within(card()).queryAllByRole('listitem')).toEqual([]);
    unmount();

    await renderSummary({
      areaCounts: { loading: false, error: new Error('database is down') },
    });
    expect(card()).toHaveTextContent('database is down');
  });

  it("holds the trend chart's height while the trend loads", async () => {
    const { unmount } = await renderSummary({ trend: { loading: true } });
    const content = () =>
      screen
        .getByText('Trend, last 90 days')
        .closest('.MuiCard-root')!
        .querySelector('[data-testid="progress"]')!.parentElement!;
    expect(getComputedStyle(content()).minHeight).toBe('240px');
    unmount();
  });
});
