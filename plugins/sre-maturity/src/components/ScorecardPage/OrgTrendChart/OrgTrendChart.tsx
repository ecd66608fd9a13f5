import { Typography } from '@material-ui/core';
import {
  MATURITY_LEVEL_TITLES,
  MATURITY_LEVELS,
} from '@sre-maturity/backstage-plugin-common';
import { Area, Line, YAxis } from 'recharts';
import { OrgTrend } from '../../../api';
import { DayChart, HEADLINE_LINE } from '../../shared/DayChart';
import { formatDate } from '../../shared/format';
import { LEVEL_COLORS } from '../../shared/levelColors';
import { TREND_CHART_HEIGHT } from './trendChartHeight';

/** Entities per level (stacked) and the average score, per day. */
export function OrgTrendChart(props: { trend: OrgTrend }) {
  const { items } = props.trend;
  // A stacked area needs two days; one day would draw as a lone dot.
  if (items.length < 2) {
    return (
      <Typography variant="body2" color="textSecondary">
        {items.length
          ? `One day recorded so far (${formatDate(
              items[0].day,
            )}): the trend draws from the second daily snapshot on.`
          : 'No history yet: a snapshot is taken every day, and the trend fills in from there.'}
      </Typography>
    );
  }
  const data = items.map(point => ({
    day: point.day,
    averageScore: Math.round(point.averageScore),
    ...point.byPhase,
  }));
  const last = items[items.length - 1];
  return (
    <DayChart
      data={data}
      height={TREND_CHART_HEIGHT}
      desc={`Average score ${Math.round(last.averageScore)} on ${last.day}`}
      legendInDrawOrder
    >
      <YAxis yAxisId="entities" allowDecimals={false} />
      <YAxis yAxisId="score" orientation="right" domain={[0, 100]} />
      {MATURITY_LEVELS.map(level => (
        <Area
          key={level}
          yAxisId="entities"
          type="monotone"
          dataKey={level}
          name={MATURITY_LEVEL_TITLES[level]}
          stackId="levels"
          stroke={LEVEL_COLORS[level].fill}
          fill={LEVEL_COLORS[level].fill}
          isAnimationActive={false}
        />
      ))}
      <Line
        {...HEADLINE_LINE}
        yAxisId="score"
        dataKey="averageScore"
        name="Average score"
      />
    </DayChart>
  );
}
