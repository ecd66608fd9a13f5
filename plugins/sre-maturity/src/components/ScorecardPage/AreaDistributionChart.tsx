import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardAreas } from '../../api';
import { NO_ENTITIES } from './levelCountsLabel';
import { LevelDistributionChart } from './LevelDistributionChart';
import { shortAreaTitle } from './shortAreaTitle';

/** One stacked bar per area of the model, in the model's order. */
export function AreaDistributionChart(props: {
  areas: Area[];
  counts: ScorecardAreas;
}) {
  const { areas, counts } = props;
  return (
    <LevelDistributionChart
      rows={areas.map(area => ({
        label: shortAreaTitle(area.title),
        title: area.title,
        counts: counts.areas[area.id] ?? NO_ENTITIES,
      }))}
    />
  );
}
