import { makeStyles } from '@material-ui/core';

/**
 * Dense cells for the heatmap and roll-up tables, sized so that the key
 * columns and seven areas fit a 1440 px window beside the sidebar. Headers
 * never wrap (area headers are abbreviated) and stay in view while the rows
 * scroll under them; the first column stays in view while the others scroll
 * sideways under it.
 */
export const useTableStyles = makeStyles(theme => ({
  // Its own scroll box, as a sticky header sticks within the nearest one;
  // its height keeps the horizontal scrollbar on screen.
  container: { maxHeight: 'calc(100vh - 160px)' },
  table: {
    '& th, & td': {
      padding: theme.spacing(0.75, 0.75),
      // The Backstage theme breaks words anywhere, down to a letter per line.
      wordBreak: 'normal',
      lineHeight: 1.3,
    },
    '& th': {
      whiteSpace: 'nowrap',
      fontSize: theme.typography.caption.fontSize,
      fontWeight: theme.typography.fontWeightBold as number,
    },
    '& th:first-child, & td:first-child': {
      position: 'sticky',
      left: 0,
      zIndex: 1,
      minWidth: 160,
      maxWidth: 200,
      // Long entity names wrap rather than widen the table.
      overflowWrap: 'anywhere',
      background: theme.palette.background.paper,
      boxShadow: `inset -1px 0 ${theme.palette.divider}`,
    },
    // Pinned both ways, above the header and the first column.
    '& th:first-child': { top: 0, zIndex: 3 },
    // Keeps the theme's row stripes in the sticky column.
    '& tbody tr:nth-of-type(odd) td:first-child': {
      background: theme.palette.background.default,
    },
  },
  // Team and system names are short: a narrower first column leaves the
  // roll-up's counts room beside the areas.
  rollUp: { '& th:first-child, & td:first-child': { minWidth: 120 } },
  areaHeader: { minWidth: 80 },
}));
