import { makeStyles, Typography } from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardAreas, ScorecardTotals } from '../../api';
import { AreaDistributionChart } from '../ScorecardPage/AreaDistributionChart';
import { LevelDistributionChart } from '../ScorecardPage/LevelDistributionChart';
import { SummaryStats } from '../ScorecardPage/SummaryStats';

const useStyles = makeStyles(theme => ({
  root: { display: 'grid', gap: theme.spacing(2) },
}));

/**
 * The maturity of a set of entities in a card: headline numbers, the overall
 * phase distribution and the distribution per area.
 */
export function RollupSummary(props: {
  totals: ScorecardTotals;
  areas: Area[];
  /** Undefined while they load. */
  areaCounts?: ScorecardAreas;
}) {
  const { totals, areas, areaCounts } = props;
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <SummaryStats totals={totals} />
      <LevelDistributionChart
        rows={[{ label: 'Overall', counts: totals.byPhase }]}
      />
      <Typography variant="subtitle2" component="h3">
        Phase per area
      </Typography>
      <AreaDistributionChart areas={areas} counts={areaCounts} />
    </div>
  );
}
