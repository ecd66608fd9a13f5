import { Progress } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardAreas } from '../../../api';
import { NO_ENTITIES } from '../labels/levelCountsLabel';
import { LevelDistributionChart } from '../LevelDistributionChart';
import { shortAreaTitle } from '../labels/shortAreaTitle';

const useStyles = makeStyles({
  loading: { position: 'relative' },
  progress: { position: 'absolute', top: 0, left: 0, right: 0 },
});

/**
 * One stacked bar per area of the model, in the model's order. While the
 * counts load, the bars stand empty at the height they will have: the
 * counts come after the table's rows, which would otherwise move down.
 */
export function AreaDistributionChart(props: {
  areas: Area[];
  /** Undefined while they load. */
  counts?: ScorecardAreas;
}) {
  const { areas, counts } = props;
  const classes = useStyles();
  const chart = (
    <LevelDistributionChart
      rows={areas.map(area => ({
        label: shortAreaTitle(area.title),
        title: area.title,
        counts: counts?.areas[area.id] ?? NO_ENTITIES,
      }))}
    />
  );
  if (counts) {
    return chart;
  }
  return (
    <div className={classes.loading} aria-busy="true">
      <div aria-hidden="true">{chart}</div>
      <div className={classes.progress}>
        <Progress />
      </div>
    </div>
  );
}
