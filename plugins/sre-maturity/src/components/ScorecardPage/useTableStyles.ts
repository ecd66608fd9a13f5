import { makeStyles } from '@material-ui/core';

/**
 * Dense cells for the wide heatmap and roll-up tables, which scroll sideways
 * rather than squeeze their headers; area titles are long and wrap by word.
 */
export const useTableStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      padding: theme.spacing(1, 1.5),
      wordBreak: 'normal',
      lineHeight: 1.3,
    },
    '& th': { whiteSpace: 'nowrap' },
  },
  areaHeader: {
    minWidth: 96,
    maxWidth: 140,
    fontSize: theme.typography.caption.fontSize,
    '$table &': { whiteSpace: 'normal' },
  },
}));
