import { makeStyles } from '@material-ui/core';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import {
  Bar,
  BarChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { LevelCounts } from '../../api';
import { levelCountsLabel } from './levelCountsLabel';
import { LEVEL_COLORS } from '../shared/levelColors';
import { MATURITY_LEVELS } from './scorecardView';
import { visuallyHidden } from '../shared/visuallyHidden';

const BAR_HEIGHT = 28;

const useStyles = makeStyles({
  root: { position: 'relative' },
  hidden: visuallyHidden,
});

/**
 * How many entities are at each level, one stacked bar per row. A row's
 * `title`, when its label is shortened for the axis, is what screen readers
 * hear.
 */
export function LevelDistributionChart(props: {
  rows: Array<{ label: string; title?: string; counts: LevelCounts }>;
}) {
  const { rows } = props;
  const classes = useStyles();
  const data = rows.map(row => ({ label: row.label, ...row.counts }));
  return (
    <div className={classes.root}>
      <ul className={classes.hidden}>
        {rows.map(row => (
          <li key={row.label}>
            {levelCountsLabel(row.title ?? row.label, row.counts)}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={rows.length * BAR_HEIGHT + 70}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false}>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={120} />
          <Tooltip />
          <Legend itemSorter={null} />
          {MATURITY_LEVELS.map(level => (
            <Bar
              key={level}
              dataKey={level}
              name={MATURITY_LEVEL_TITLES[level]}
              stackId="levels"
              fill={LEVEL_COLORS[level].fill}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
