import { Typography } from '@material-ui/core';
import { Line, YAxis } from 'recharts';
import { CampaignBurnUpPoint } from '../../../api';
import { DayChart, HEADLINE_LINE } from '../../shared/DayChart';

const HEIGHT = 280;

/**
 * Covered entities at target per day, against the straight line from none
 * at the start to all at the deadline that the campaign must follow.
 */
export function BurnUpChart(props: { points: CampaignBurnUpPoint[] }) {
  const { points } = props;
  if (points.length < 2) {
    return (
      <Typography variant="body2" color="textSecondary">
        The burn-up draws from the second daily snapshot after the start on.
      </Typography>
    );
  }
  const last = points[points.length - 1];
  const data = points.map(point => ({
    ...point,
    required: Math.round(point.required * 10) / 10,
  }));
  return (
    <DayChart
      data={data}
      height={HEIGHT}
      desc={`${last.atTarget} of ${last.covered} at target on ${last.day}, ${last.required} required`}
    >
      <YAxis allowDecimals={false} />
      <Line
        type="monotone"
        dataKey="covered"
        name="Covered"
        stroke="#9e9e9e"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        type="linear"
        dataKey="required"
        name="Required by the deadline"
        stroke="#e53935"
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
      />
      <Line {...HEADLINE_LINE} dataKey="atTarget" name="At target" />
    </DayChart>
  );
}
