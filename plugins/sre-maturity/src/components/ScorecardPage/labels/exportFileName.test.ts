import { readScorecardView } from '../view/scorecardView';
import { exportFileName } from './exportFileName';

const DAY = new Date(2026, 10, 29, 23, 30);
const fileNameOf = (query: string) =>
  exportFileName(readScorecardView(new URLSearchParams(query)), DAY);

describe('exportFileName', () => {
  it('dates the unfiltered scorecard', () => {
    expect(fileNameOf('')).toBe('sre-maturity-scorecard-2026-11-29.csv');
  });

  it('names the grouping and the filters as the page shows them', () => {
    expect(
      fileNameOf(
        'groupBy=owner&owner=group:default/team-a&phase=walk&stale=true',
      ),
    ).toBe(
      'sre-maturity-scorecard-by-team-owner-team-a-phase-walk-stale-2026-11-29.csv',
    );
    expect(
      fileNameOf(
        'system=a&system=b&belowTarget=true&q=Pay Ments&orderBy=score',
      ),
    ).toBe(
      'sre-maturity-scorecard-2-systems-below-target-search-pay-ments-2026-11-29.csv',
    );
  });

  it('keeps a long selection to a usable length', () => {
    const name = fileNameOf(`q=${'x'.repeat(300)}`);
    expect(name.length).toBeLessThan(140);
    expect(name).toMatch(/-2026-11-29\.csv$/);
  });
});
