import {
  formatDate,
  formatGap,
  formatPercent,
  formatProvider,
  formatTimeAgo,
  formatUser,
} from './format';

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

  it('says how long ago a timestamp was, up to a week', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(formatTimeAgo('2025-06-01T11:59:30Z', now)).toBe('just now');
    expect(formatTimeAgo('2025-06-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatTimeAgo('2025-06-01T10:00:00Z', now)).toBe('2 hours ago');
    expect(formatTimeAgo('2025-05-31T11:00:00Z', now)).toBe('yesterday');
    expect(formatTimeAgo('2025-05-20T10:00:00Z', now)).toMatch(/May 20, 2025/);
    expect(formatTimeAgo('never', now)).toBe('never');
  });

  it('names the built-in evidence providers, others by id', () => {
    expect(formatProvider('repository')).toBe('repository');
    expect(formatProvider('annotation')).toBe('catalog');
    expect(formatProvider('sonarqube')).toBe('sonarqube');
  });
});
