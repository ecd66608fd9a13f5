import { MATURITY_LEVELS } from '@sre-maturity/backstage-plugin-common';
import { LEVEL_COLORS } from './levelColors';

/** WCAG relative luminance of a `#rrggbb` color. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('LEVEL_COLORS', () => {
  it('darkens from one level to the next, so that the scale reads as progress', () => {
    for (const key of ['fill', 'background'] as const) {
      const luminances = MATURITY_LEVELS.map(level =>
        luminance(LEVEL_COLORS[level][key]),
      );
      for (let i = 1; i < luminances.length; i++) {
        expect(luminances[i]).toBeLessThan(luminances[i - 1]);
      }
    }
  });

  it('keeps one hue: blue dominates every level, no red warning', () => {
    for (const level of MATURITY_LEVELS) {
      const hex = LEVEL_COLORS[level].background;
      const [r, , b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
      expect(b).toBeGreaterThan(r);
    }
  });

  it('keeps cell text readable (WCAG AA)', () => {
    for (const level of MATURITY_LEVELS) {
      const { background, text } = LEVEL_COLORS[level];
      expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
