import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useAssessmentHistory } from '../../../hooks/useAssessmentHistory';
import { HistoryTimeline } from '../HistoryTimeline/HistoryTimeline';

/** Every answer change of the entity, paged. */
export function HistoryCard(props: {
  entityRef: string;
  revision: number;
  criterionTitles: ReadonlyMap<string, string>;
}) {
  const { entityRef, revision, criterionTitles } = props;
  const { items, loading, error, loadMore } = useAssessmentHistory(
    entityRef,
    revision,
  );
  return (
    <InfoCard title="History">
      {items.length > 0 && (
        <HistoryTimeline events={items} criterionTitles={criterionTitles} />
      )}
      {!items.length && !loading && !error && (
        <Typography variant="body2">No answers recorded yet.</Typography>
      )}
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {loadMore && !loading && (
        <Button onClick={loadMore}>Show older changes</Button>
      )}
    </InfoCard>
  );
}
