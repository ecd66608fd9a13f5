import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EvidenceSourceStatus } from '@sre-maturity/backstage-plugin-common';
import { ReactNode } from 'react';
import { formatProvider, formatTimeAgo } from '../../shared/format';

const useStyles = makeStyles(theme => ({
  // The heading and its sources share a line, so that the overview stays
  // short enough to leave the first area on the first screen at 1280x800.
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: theme.spacing(1),
  },
  heading: { lineHeight: 'inherit' },
  list: { margin: 0, padding: 0, listStyle: 'none', minWidth: 0, flex: 1 },
  item: { overflowWrap: 'anywhere' },
  unreadable: { color: theme.palette.warning.dark },
}));

function sourceLink(status: EvidenceSourceStatus): ReactNode {
  return status.source ? <Link to={status.source}>{status.source}</Link> : null;
}

/** One provider's state for the entity, in a sentence. */
function describe(status: EvidenceSourceStatus): ReactNode {
  const name = formatProvider(status.provider);
  const title = name.charAt(0).toLocaleUpperCase('en-US') + name.slice(1);
  switch (status.status) {
    case 'read':
      return (
        <>
          {title} {sourceLink(status)} read{' '}
          {status.readAt ? formatTimeAgo(status.readAt) : ''}.
        </>
      );
    case 'unreadable':
      return (
        <>
          Could not read the {name} {sourceLink(status)}
          {status.message && `: ${status.message}`}
          {status.checkedAt && ` (tried ${formatTimeAgo(status.checkedAt)})`}.
          {status.readAt
            ? ` Evidence from the read ${formatTimeAgo(
                status.readAt,
              )} is still shown.`
            : ' Its criteria are not known, which is not the same as not met.'}
        </>
      );
    case 'pending':
      return (
        <>
          {title} {sourceLink(status)} not read yet; it is read on a schedule.
        </>
      );
    default:
      return status.provider === 'repository' ? (
        <>
          No repository to read: set <code>backstage.io/source-location</code>{' '}
          to find evidence in it.
        </>
      ) : (
        <>Nothing for the {name} to read.</>
      );
  }
}

/**
 * Where evidence read on a schedule stands for the entity: each source,
 * when it was read, or why it could not be.
 */
export function EvidenceSourcesSummary(props: {
  sources: EvidenceSourceStatus[];
}) {
  const { sources } = props;
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <Typography
        variant="overline"
        color="textSecondary"
        component="h3"
        className={classes.heading}
      >
        Evidence sources
      </Typography>
      <ul className={classes.list} aria-label="Evidence sources">
        {sources.map(status => (
          <Typography
            key={status.provider}
            component="li"
            variant="body2"
            className={`${classes.item} ${
              status.status === 'unreadable' ? classes.unreadable : ''
            }`}
          >
            {describe(status)}
          </Typography>
        ))}
      </ul>
    </div>
  );
}
