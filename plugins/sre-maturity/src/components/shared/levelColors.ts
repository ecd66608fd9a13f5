import { MaturityLevel } from '@sre-maturity/backstage-plugin-common';

/**
 * Colors per maturity level, shared by the tab, the card and the scorecard:
 * `fill` for charts and bars, `background` with `text` for chips and cells.
 */
export const LEVEL_COLORS: Record<
  MaturityLevel,
  { fill: string; background: string; text: string }
> = {
  'not-started': { fill: '#9e9e9e', background: '#e0e0e0', text: '#212121' },
  crawl: { fill: '#f4511e', background: '#ffccbc', text: '#212121' },
  walk: { fill: '#f9a825', background: '#fff59d', text: '#212121' },
  run: { fill: '#43a047', background: '#a5d6a7', text: '#212121' },
};
