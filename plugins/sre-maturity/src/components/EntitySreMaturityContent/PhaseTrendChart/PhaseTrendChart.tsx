import { useTheme } from '@material-ui/core/styles';
import {
  Area as AreaModel,
  levelRank,
  levelOfRank,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TrendPoint } from '../../../api';
import { formatDate } from '../../shared/format';

const AREA_COLORS = [
  '#1e88e5',
  '#8e24aa',
  '#00897b',
  '#6d4c41',
  '#3949ab',
  '#c0ca33',
  '#d81b60',
];

/** The title of the level a chart value stands for. */
function levelTitleOfRank(rank: number): string {
  return MATURITY_LEVEL_TITLES[levelOfRank(Math.round(rank))];
}

/** A sentence for screen readers: where the entity started and ended. */
export function describeTrend(points: TrendPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  return `Overall phase over time: ${
    MATURITY_LEVEL_TITLES[first.overall]
  } on ${formatDate(first.day)}, ${
    MATURITY_LEVEL_TITLES[last.overall]
  } on ${formatDate(last.day)}.`;
}

/**
 * The overall phase (bold) and each area's phase per day, as steps on a
 * Not started / Crawl / Walk / Run scale.
 */
export function PhaseTrendChart(props: {
  points: TrendPoint[];
  areas: AreaModel[];
}) {
  const { points, areas } = props;
  const theme = useTheme();
  const data = points.map(point => ({
    day: point.day,
    overall: levelRank(point.overall),
    ...Object.fromEntries(
      areas.map(area => [
        area.id,
        point.areas[area.id] ? levelRank(point.areas[area.id]) : undefined,
      ]),
    ),
  }));

  return (
    <figure role="img" aria-label={describeTrend(points)} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={formatDate} minTickGap={24} />
          <YAxis
            domain={[0, 3]}
            ticks={[0, 1, 2, 3]}
            tickFormatter={levelTitleOfRank}
            width={80}
          />
          <Tooltip
            labelFormatter={label => formatDate(String(label))}
            formatter={value => levelTitleOfRank(Number(value))}
          />
          {/* Overall first, then the areas in model order, as in the tab. */}
          <Legend itemSorter={null} />
          <Line
            type="stepAfter"
            dataKey="overall"
            name="Overall"
            stroke={theme.palette.text.primary}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
          {areas.map((area, index) => (
            <Line
              key={area.id}
              type="stepAfter"
              dataKey={area.id}
              name={area.title}
              stroke={AREA_COLORS[index % AREA_COLORS.length]}
              strokeWidth={1}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
