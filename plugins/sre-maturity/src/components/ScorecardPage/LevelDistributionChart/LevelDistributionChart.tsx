import { makeStyles } from '@material-ui/core';
import {
  MATURITY_LEVEL_TITLES,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';
import { LevelCounts } from '../../../api';
import { levelCountsLabel } from '../labels/levelCountsLabel';
import { LevelSegments } from '../LevelSegments';
import { LEVEL_COLORS } from '../../shared/levelColors';
import { visuallyHidden } from '../../shared/visuallyHidden';

const useStyles = makeStyles(theme => ({
  root: { position: 'relative' },
  rows: {
    display: 'grid',
    gridTemplateColumns: 'minmax(80px, max-content) minmax(0, 1fr)',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
  },
  label: {
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'nowrap',
  },
  bar: {
    display: 'flex',
    height: 24,
    borderRadius: 2,
    overflow: 'hidden',
    background: theme.palette.action.hover,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(2, 0, 0),
    padding: 0,
    listStyle: 'none',
    fontSize: theme.typography.body2.fontSize,
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    marginRight: theme.spacing(0.75),
    borderRadius: 2,
    verticalAlign: 'middle',
  },
  hidden: visuallyHidden,
}));

/**
 * How many entities are at each level, one stacked bar per row. A row's
 * `title`, when its label is shortened, is what screen readers hear. Plain
 * elements rather than a chart library: the page shows several of these
 * with its table, and a chart's measuring on mount delays the table's rows.
 */
export function LevelDistributionChart(props: {
  rows: Array<{ label: string; title?: string; counts: LevelCounts }>;
}) {
  const { rows } = props;
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <ul className={classes.hidden}>
        {rows.map(row => (
          <li key={row.label}>
            {levelCountsLabel(row.title ?? row.label, row.counts)}
          </li>
        ))}
      </ul>
      <div aria-hidden="true">
        <div className={classes.rows}>
          {rows.map(row => [
            <span
              key={`${row.label}-label`}
              className={classes.label}
              title={row.title}
            >
              {row.label}
            </span>,
            <div
              key={`${row.label}-bar`}
              className={classes.bar}
              title={levelCountsLabel(row.title ?? row.label, row.counts)}
            >
              <LevelSegments counts={row.counts} showCounts />
            </div>,
          ])}
        </div>
        <ul className={classes.legend}>
          {MATURITY_LEVELS.map(level => (
            <li key={level}>
              <span
                className={classes.swatch}
                style={{ background: LEVEL_COLORS[level].fill }}
              />
              {MATURITY_LEVEL_TITLES[level]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
