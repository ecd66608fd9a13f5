/**
 * The org trend chart's height, apart from the chart so that the page can
 * hold the space without loading the chart library.
 */
export const TREND_CHART_HEIGHT = 240;
