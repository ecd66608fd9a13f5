import { makeStyles } from '@material-ui/core';

/**
 * Dense cells for the wide heatmap and roll-up tables. They scroll sideways
 * rather than squeeze: headers never wrap (area headers are abbreviated),
 * and the first column stays in view while the others scroll under it.
 */
export const useTableStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      padding: theme.spacing(1, 1.5),
      // The Backstage theme breaks words anywhere, down to a letter per line.
      wordBreak: 'normal',
      lineHeight: 1.3,
    },
    '& th': { whiteSpace: 'nowrap' },
    '& th:first-child, & td:first-child': {
      position: 'sticky',
      left: 0,
      zIndex: 1,
      minWidth: 160,
      background: theme.palette.background.paper,
      boxShadow: `inset -1px 0 ${theme.palette.divider}`,
    },
    // Keeps the theme's row stripes in the sticky column.
    '& tbody tr:nth-of-type(odd) td:first-child': {
      background: theme.palette.background.default,
    },
  },
  areaHeader: { minWidth: 88 },
}));
