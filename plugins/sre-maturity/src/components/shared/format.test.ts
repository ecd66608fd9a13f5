import { formatDate, formatGap, formatPercent, formatUser } from './format';

describe('format', () => {
  it('formats days and timestamps', () => {
    expect(formatDate('2025-05-20')).toBe('May 20, 2025');
    expect(formatDate('2025-05-20T10:00:00Z')).toMatch(/May 2\d, 2025/);
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('shows the user name of an entity ref', () => {
    expect(formatUser('user:default/alice')).toBe('alice');
    expect(formatUser('')).toBe('');
  });

  it('describes a gap only where there is one', () => {
    expect(formatGap(1, 'walk')).toBe('1 phase short of Walk');
    expect(formatGap(2, 'run')).toBe('2 phases short of Run');
    expect(formatGap(0, 'run')).toBeUndefined();
    expect(formatGap(1)).toBeUndefined();
  });

  it('rounds shares to percentages', () => {
    expect(formatPercent(0.333)).toBe('33%');
  });
});
