import {
  ErrorBoundary,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { Grid, makeStyles } from '@material-ui/core';
import { lazy, Suspense } from 'react';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { AsyncState } from 'react-use/esm/useAsyncFn';
import { OrgTrend, ScorecardAreas, ScorecardTotals } from '../../../api';
import { AreaDistributionChart } from '../AreaDistributionChart';
import { LevelDistributionChart } from '../LevelDistributionChart';
import { SummaryStats } from '../SummaryStats';
import { TREND_CHART_HEIGHT } from '../OrgTrendChart/trendChartHeight';

// The chart library is loaded once the trend is, after the table's rows.
const OrgTrendChart = lazy(() =>
  import('../OrgTrendChart').then(m => ({ default: m.OrgTrendChart })),
);

const useStyles = makeStyles({
  // The chart's height whatever the state: the trend comes after the
  // table's rows, which would otherwise move down when it does.
  trend: { minHeight: TREND_CHART_HEIGHT },
});

/**
 * Totals, the overall phase distribution and the trend of the current
 * filter: three columns on wide screens, the trend below the others on
 * narrower ones, where a quarter of the width squeezes the numbers. The
 * distribution per area takes the full width below them.
 */
export function ScorecardSummary(props: {
  totals: ScorecardTotals;
  trend: AsyncState<OrgTrend>;
  areas: Area[];
  areaCounts: AsyncState<ScorecardAreas>;
}) {
  const { totals, trend, areas, areaCounts } = props;
  const classes = useStyles();
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
          <div className={classes.trend}>
            {trend.error && <ResponseErrorPanel error={trend.error} />}
            {!trend.error && !trend.value && <Progress />}
            {trend.value && (
              // A chart that fails to load takes only its card down.
              <ErrorBoundary>
                <Suspense fallback={<Progress />}>
                  <OrgTrendChart trend={trend.value} />
                </Suspense>
              </ErrorBoundary>
            )}
          </div>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Phase per area">
          {areaCounts.error ? (
            <ResponseErrorPanel error={areaCounts.error} />
          ) : (
            <AreaDistributionChart areas={areas} counts={areaCounts.value} />
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
