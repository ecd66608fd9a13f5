import { ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
} from 'recharts';
import { formatDate } from './format';

/** How a day chart draws the series it is about, over the others. */
export const HEADLINE_LINE = {
  type: 'monotone',
  stroke: '#1e88e5',
  strokeWidth: 2,
  dot: false,
  isAnimationActive: false,
} as const;

/**
 * The frame of a chart with one point per day, as wide as its container: a
 * grid, the days along the bottom and in the tooltip written as the plugin
 * writes dates, and a legend. `children` are its y axes and series.
 */
export function DayChart(props: {
  data: Array<{ day: string }>;
  height: number;
  /** What the chart shows, for screen readers. */
  desc: string;
  /** Lists the series in the legend as drawn, not by name. */
  legendInDrawOrder?: boolean;
  children: ReactNode;
}) {
  const { data, height, desc, legendInDrawOrder, children } = props;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} desc={desc}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tickFormatter={formatDate} minTickGap={24} />
        <Tooltip labelFormatter={label => formatDate(String(label))} />
        <Legend {...(legendInDrawOrder && { itemSorter: null })} />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
