import Typography from '@material-ui/core/Typography';
import Timeline from '@material-ui/lab/Timeline';
import TimelineConnector from '@material-ui/lab/TimelineConnector';
import TimelineContent from '@material-ui/lab/TimelineContent';
import TimelineDot from '@material-ui/lab/TimelineDot';
import TimelineItem from '@material-ui/lab/TimelineItem';
import TimelineOppositeContent from '@material-ui/lab/TimelineOppositeContent';
import TimelineSeparator from '@material-ui/lab/TimelineSeparator';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { formatDate } from '../format';

const useStyles = makeStyles({
  // Keeps the dates narrow so that the changes get the room.
  opposite: { flex: 0.25, minWidth: 96 },
});

/** One change on a {@link ChangeTimeline}. */
export interface ChangeTimelineItem {
  key: string | number;
  /** When, an ISO timestamp; shown as its day. */
  at: string;
  /** A dot in the primary colour rather than grey. */
  highlight?: boolean;
  /** What changed, and by whom. */
  content: ReactNode;
}

/** Changes, newest first: the day, a dot, what changed. */
export function ChangeTimeline(props: { items: ChangeTimelineItem[] }) {
  const { items } = props;
  const classes = useStyles();
  return (
    <Timeline align="left">
      {items.map((item, index) => (
        <TimelineItem key={item.key}>
          <TimelineOppositeContent className={classes.opposite}>
            <Typography variant="body2" color="textSecondary">
              <time dateTime={item.at} title={item.at}>
                {formatDate(item.at)}
              </time>
            </Typography>
          </TimelineOppositeContent>
          <TimelineSeparator>
            <TimelineDot color={item.highlight ? 'primary' : 'grey'} />
            {index < items.length - 1 && <TimelineConnector />}
          </TimelineSeparator>
          <TimelineContent>{item.content}</TimelineContent>
        </TimelineItem>
      ))}
    </Timeline>
  );
}
