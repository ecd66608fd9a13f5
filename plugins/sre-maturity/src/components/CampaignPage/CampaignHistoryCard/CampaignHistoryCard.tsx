import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import useAsync from 'react-use/esm/useAsync';
import { Campaign, sreMaturityApiRef } from '../../../api';
import { CampaignHistoryTimeline } from '../CampaignHistoryTimeline';

/** A stored campaign's changes, read again after each of its revisions. */
function StoredHistory(props: { campaign: Campaign; model: MaturityModel }) {
  const { campaign, model } = props;
  const api = useApi(sreMaturityApiRef);
  const { value, loading, error } = useAsync(
    () => api.getCampaignHistory(campaign.id),
    [api, campaign.id, campaign.revision],
  );
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (loading || !value) {
    return <Progress />;
  }
  if (!value.items.length) {
    return <Typography variant="body2">No changes recorded.</Typography>;
  }
  return <CampaignHistoryTimeline events={value.items} model={model} />;
}

/**
 * Who created and changed a campaign, when, and what they changed. A
 * campaign from configuration has no history here.
 */
export function CampaignHistoryCard(props: {
  campaign: Campaign;
  model: MaturityModel;
}) {
  const { campaign, model } = props;
  return (
    <InfoCard title="History">
      {campaign.source === 'config' ? (
        <Typography variant="body2">
          No history is kept here for a campaign defined in app-config.yaml
          (sreMaturity.campaigns): its changes are those of that file.
        </Typography>
      ) : (
        <StoredHistory campaign={campaign} model={model} />
      )}
    </InfoCard>
  );
}
