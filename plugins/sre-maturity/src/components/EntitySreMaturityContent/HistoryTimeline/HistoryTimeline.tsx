import Typography from '@material-ui/core/Typography';
import Timeline from '@material-ui/lab/Timeline';
import TimelineConnector from '@material-ui/lab/TimelineConnector';
import TimelineContent from '@material-ui/lab/TimelineContent';
import TimelineDot from '@material-ui/lab/TimelineDot';
import TimelineItem from '@material-ui/lab/TimelineItem';
import TimelineOppositeContent from '@material-ui/lab/TimelineOppositeContent';
import TimelineSeparator from '@material-ui/lab/TimelineSeparator';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { isHttpUrl } from '@sre-maturity/backstage-plugin-common';
import { HistoryEvent } from '../../../api';
import { formatDate, formatUser, STATUS_TITLES } from '../../shared/format';

const useStyles = makeStyles({
  // Keeps the dates narrow so that the changes get the room.
  opposite: { flex: 0.25, minWidth: 96 },
});

/** Answer changes, newest first. */
export function HistoryTimeline(props: {
  events: HistoryEvent[];
  criterionTitles: ReadonlyMap<string, string>;
}) {
  const { events, criterionTitles } = props;
  const classes = useStyles();
  return (
    <Timeline align="left">
      {events.map((event, index) => (
        <TimelineItem key={event.id}>
          <TimelineOppositeContent className={classes.opposite}>
            <Typography variant="body2" color="textSecondary">
              {formatDate(event.createdAt)}
            </Typography>
          </TimelineOppositeContent>
          <TimelineSeparator>
            <TimelineDot
              color={event.newStatus === 'met' ? 'primary' : 'grey'}
            />
            {index < events.length - 1 && <TimelineConnector />}
          </TimelineSeparator>
          <TimelineContent>
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
          </TimelineContent>
        </TimelineItem>
      ))}
    </Timeline>
  );
}
