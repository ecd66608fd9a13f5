import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { useEntityTrend } from '../../../hooks/useEntityTrend';
import { PhaseTrendChart } from '../PhaseTrendChart/PhaseTrendChart';

/** The entity's phases over the last 90 days. */
export function TrendCard(props: {
  entityRef: string;
  revision: number;
  areas: Area[];
}) {
  const { entityRef, revision, areas } = props;
  const { value, loading, error } = useEntityTrend(entityRef, revision);
  let content;
  if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (loading && !value) {
    content = <Progress />;
  } else if (!value?.items.length) {
    content = (
      <Typography variant="body2">
        No trend yet: the phases are recorded once a day, so the chart fills in
        from tomorrow.
      </Typography>
    );
  } else {
    content = <PhaseTrendChart points={value.items} areas={areas} />;
  }
  return <InfoCard title="Trend (last 90 days)">{content}</InfoCard>;
}
