import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { CampaignHistoryEvent } from '../../../api';
import { ChangeTimeline } from '../../shared/ChangeTimeline';
import { formatUser } from '../../shared/format';
import { campaignChanges } from './campaignChanges';

const useStyles = makeStyles(theme => ({
  changes: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(0.5, 0, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
}));

const ACTION_TITLES: Record<CampaignHistoryEvent['action'], string> = {
  created: 'Created',
  updated: 'Updated',
  deleted: 'Deleted',
};

/** What an update changed, field by field. */
function UpdateDetails(props: {
  event: CampaignHistoryEvent;
  previous?: CampaignHistoryEvent;
  model: MaturityModel;
}) {
  const { event, previous, model } = props;
  const classes = useStyles();
  if (!previous) {
    return null;
  }
  const changes = campaignChanges(previous.campaign, event.campaign, model);
  if (!changes.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        Saved without changes.
      </Typography>
    );
  }
  return (
    <Typography component="dl" variant="body2" className={classes.changes}>
      {changes.map(change => (
        <Fragment key={change.field}>
          <dt>{change.field}</dt>
          <dd>
            {change.before} → {change.after}
          </dd>
        </Fragment>
      ))}
    </Typography>
  );
}

/**
 * A campaign's changes, newest first: when, who, what; for an update, the
 * fields it changed from the version before it.
 */
export function CampaignHistoryTimeline(props: {
  events: CampaignHistoryEvent[];
  model: MaturityModel;
}) {
  const { events, model } = props;
  return (
    <ChangeTimeline
      items={events.map((event, index) => ({
        key: `${event.action}-${event.revision}`,
        at: event.at,
        highlight: event.action === 'created',
        content: (
          <>
            <Typography variant="body2">
              <strong>{ACTION_TITLES[event.action]}</strong> by{' '}
              <span title={event.actor}>{formatUser(event.actor)}</span>
            </Typography>
            {event.action === 'updated' && (
              <UpdateDetails
                event={event}
                previous={events[index + 1]}
                model={model}
              />
            )}
          </>
        ),
      }))}
    />
  );
}
