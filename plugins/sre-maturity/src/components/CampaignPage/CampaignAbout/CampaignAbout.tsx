import { InfoCard } from '@backstage/core-components';
import { makeStyles, Typography } from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { Campaign } from '../../../api';
import {
  describeDeadline,
  describeFilter,
  describeTarget,
} from '../../shared/campaignText';
import { formatDate, formatUser } from '../../shared/format';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(1, 2),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
}));

/**
 * What a campaign covers and asks, from when to when, and who runs it; for
 * a deleted one, the deadline without the days left.
 */
export function CampaignAbout(props: {
  campaign: Campaign;
  areas: Area[];
  deleted?: boolean;
}) {
  const { campaign, areas, deleted } = props;
  const classes = useStyles();
  return (
    <InfoCard title="About">
      {campaign.description && (
        <Typography paragraph>{campaign.description}</Typography>
      )}
      <dl className={classes.facts}>
        <dt>Covers</dt>
        <dd>{describeFilter(campaign.filter)}</dd>
        <dt>Target</dt>
        <dd>{describeTarget(campaign, areas)}</dd>
        <dt>Starts</dt>
        <dd>{formatDate(campaign.startsOn)}</dd>
        <dt>Deadline</dt>
        <dd>
          {deleted
            ? formatDate(campaign.deadline)
            : describeDeadline(campaign.deadline, new Date())}
        </dd>
        <dt>Managers</dt>
        <dd>{campaign.managers.map(formatUser).join(', ') || '—'}</dd>
      </dl>
    </InfoCard>
  );
}
