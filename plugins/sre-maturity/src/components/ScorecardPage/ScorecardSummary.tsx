import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { Grid } from '@material-ui/core';
import { AsyncState } from 'react-use/esm/useAsyncFn';
import { OrgTrend, ScorecardTotals } from '../../api';
import { LevelDistributionChart } from './LevelDistributionChart';
import { OrgTrendChart } from './OrgTrendChart';
import { SummaryStats } from './SummaryStats';

/**
 * Totals, the overall phase distribution and the trend of the current
 * filter: three columns on wide screens, the trend below the others on
 * narrower ones, where a quarter of the width squeezes the numbers.
 */
export function ScorecardSummary(props: {
  totals: ScorecardTotals;
  trend: AsyncState<OrgTrend>;
}) {
  const { totals, trend } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6} lg={3}>
        <InfoCard title="Summary">
          <SummaryStats totals={totals} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} sm={6} lg={4}>
        <InfoCard title="Overall phase">
          <LevelDistributionChart
            rows={[{ label: 'Entities', counts: totals.byPhase }]}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={5}>
        <InfoCard title="Trend, last 90 days">
          {trend.error && <ResponseErrorPanel error={trend.error} />}
          {!trend.error && !trend.value && <Progress />}
          {trend.value && <OrgTrendChart trend={trend.value} />}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
