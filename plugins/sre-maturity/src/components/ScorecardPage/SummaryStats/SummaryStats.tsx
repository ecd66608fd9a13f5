import { makeStyles, Typography } from '@material-ui/core';
import { ScorecardTotals } from '../../../api';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: theme.spacing(2),
    margin: 0,
  },
  value: {
    margin: 0,
    fontSize: theme.typography.h4.fontSize,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
}));

/**
 * The headline numbers of the current selection. `entities` counts every
 * entity in the scorecard, assessed or not: the totals do not say how many
 * have answers.
 */
export function SummaryStats(props: { totals: ScorecardTotals }) {
  const { totals } = props;
  const classes = useStyles();
  const stats = [
    { label: 'Entities', value: totals.entities },
    { label: 'Average score', value: Math.round(totals.averageScore) },
    { label: 'Stale assessments', value: totals.stale },
    { label: 'Below target', value: totals.belowTarget },
  ];
  return (
    <dl className={classes.root}>
      {stats.map(stat => (
        <div key={stat.label}>
          <Typography component="dt" variant="body2" color="textSecondary">
            {stat.label}
          </Typography>
          <dd className={classes.value}>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
