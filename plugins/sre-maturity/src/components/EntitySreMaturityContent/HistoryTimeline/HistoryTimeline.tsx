import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { isHttpUrl } from '@sre-maturity/backstage-plugin-common';
import { HistoryEvent } from '../../../api';
import { ChangeTimeline } from '../../shared/ChangeTimeline';
import { formatUser, STATUS_TITLES } from '../../shared/format';

/** Answer changes, newest first. */
export function HistoryTimeline(props: {
  events: HistoryEvent[];
  criterionTitles: ReadonlyMap<string, string>;
}) {
  const { events, criterionTitles } = props;
  return (
    <ChangeTimeline
      items={events.map(event => ({
        key: event.id,
        at: event.createdAt,
        highlight: event.newStatus === 'met',
        content: (
          <>
            <Typography variant="body2">
              <strong>
                {criterionTitles.get(event.criterionId) ?? event.criterionId}
              </strong>
              : {STATUS_TITLES[event.oldStatus ?? 'unanswered']} →{' '}
              {STATUS_TITLES[event.newStatus ?? 'unanswered']}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              by <span title={event.actor}>{formatUser(event.actor)}</span>
              {event.reason && ` · Reason: ${event.reason}`}
              {event.note && ` · ${event.note}`}
            </Typography>
            {event.evidenceUrl && isHttpUrl(event.evidenceUrl) && (
              <Link to={event.evidenceUrl} variant="body2">
                Evidence
              </Link>
            )}
          </>
        ),
      }))}
    />
  );
}
