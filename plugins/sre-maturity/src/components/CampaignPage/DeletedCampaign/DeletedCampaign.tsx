import { ContentHeader, InfoCard, Link } from '@backstage/core-components';
import { Grid } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { CampaignHistoryEvent, ModelResponse } from '../../../api';
import { formatDate, formatUser } from '../../shared/format';
import { CampaignAbout } from '../CampaignAbout';
import { CampaignHistoryTimeline } from '../CampaignHistoryTimeline';

/**
 * What is kept of a deleted campaign: who deleted it and when, what it
 * covered and asked then, and its changes.
 */
export function DeletedCampaign(props: {
  /** Newest first, the deletion first. */
  history: CampaignHistoryEvent[];
  model: ModelResponse['model'];
  campaignsLink: string;
}) {
  const { history, model, campaignsLink } = props;
  const [deletion] = history;
  return (
    <>
      <ContentHeader title={deletion.campaign.title}>
        <Link to={campaignsLink}>All campaigns</Link>
      </ContentHeader>
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <Alert severity="warning">
            Deleted on {formatDate(deletion.at)} by{' '}
            <span title={deletion.actor}>{formatUser(deletion.actor)}</span>. It
            no longer runs; below is what it asked when it was deleted, and its
            history.
          </Alert>
        </Grid>
        <Grid item xs={12} md={5}>
          <CampaignAbout
            campaign={deletion.campaign}
            areas={model.areas}
            deleted
          />
        </Grid>
        <Grid item xs={12} md={7}>
          <InfoCard title="History">
            <CampaignHistoryTimeline events={history} model={model} />
          </InfoCard>
        </Grid>
      </Grid>
    </>
  );
}
