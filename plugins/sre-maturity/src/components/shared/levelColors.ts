import { MaturityLevel } from '@sre-maturity/backstage-plugin-common';

/**
 * Colors per maturity level, shared by the tab, the card and the scorecard:
 * `fill` for charts and bars, `background` with `text` for chips and cells.
 * One hue from light to dark, so that the levels read as progress: an area
 * not started is a light tint, not a warning (red and amber said "alarm").
 */
export const LEVEL_COLORS: Record<
  MaturityLevel,
  { fill: string; background: string; text: string }
> = {
  'not-started': { fill: '#c9d6e3', background: '#eef3f9', text: '#212121' },
  crawl: { fill: '#9ecae1', background: '#c6dbef', text: '#212121' },
  walk: { fill: '#4292c6', background: '#6baed6', text: '#0a1f33' },
  run: { fill: '#08519c', background: '#2166ac', text: '#ffffff' },
};
