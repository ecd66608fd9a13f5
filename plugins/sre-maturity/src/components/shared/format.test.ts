import {
  formatDate,
  formatGap,
  formatOverallGap,
  formatPercent,
  formatUser,
} from './format';
import { makeAssessment } from '../../testing/fixtures';

describe('format', () => {
  it('formats days and timestamps', () => {
    expect(formatDate('2025-05-20')).toBe('May 20, 2025');
    expect(formatDate('2025-05-20T10:00:00Z')).toMatch(/May 2\d, 2025/);
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

  it('describes the entity gap as its largest area gap', () => {
    const assessment = makeAssessment();
    expect(formatOverallGap(assessment)).toBe(
      '2 phases (area furthest behind)',
    );
    expect(formatOverallGap({ ...assessment, targets: { areas: {} } })).toBe(
      'No target',
    );
    expect(
      formatOverallGap({
        ...assessment,
        assessment: { ...assessment.assessment, gap: 0 },
      }),
    ).toBe('Target reached');
  });
});
