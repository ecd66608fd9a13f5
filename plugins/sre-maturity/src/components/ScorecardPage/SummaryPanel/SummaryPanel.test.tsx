import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SummaryPanel, summaryLine } from './SummaryPanel';
import { levelCounts } from '../testData';

const totals = {
  entities: 48,
  nothingApplies: 0,
  averageScore: 40.6,
  byPhase: levelCounts(10, 20, 15, 3),
  stale: 3,
  belowTarget: 5,
};

describe('SummaryPanel', () => {
  beforeEach(() => localStorage.clear());

  it('is folded to one line at first, so the rows come first', async () => {
    await renderInTestApp(
      <SummaryPanel totals={totals}>
        <button>A chart</button>
      </SummaryPanel>,
    );

    const toggle = screen.getByRole('button', { name: /Summary and charts/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent(
      '48 entities · average score 41 · 3 stale · 5 below target',
    );
    expect(
      screen.queryByRole('button', { name: 'A chart' }),
    ).not.toBeInTheDocument();
  });

  it('opens, and stays open on the next visit', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = await renderInTestApp(
      <SummaryPanel totals={totals}>
        <button>A chart</button>
      </SummaryPanel>,
    );
    await user.click(
      screen.getByRole('button', { name: /Summary and charts/ }),
    );
    expect(screen.getByRole('button', { name: 'A chart' })).toBeVisible();
    unmount();

    await renderInTestApp(
      <SummaryPanel totals={totals}>
        <button>A chart</button>
      </SummaryPanel>,
    );
    expect(
      screen.getByRole('button', { name: /Summary and charts/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('summaryLine', () => {
  it('counts one entity in the singular', () => {
    expect(summaryLine({ ...totals, entities: 1 })).toMatch(/^1 entity · /);
  });
});
