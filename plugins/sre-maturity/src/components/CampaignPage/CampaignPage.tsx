import {
  Content,
  ContentHeader,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  makeStyles,
  Typography,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { RevisionConflictError, sreMaturityApiRef } from '../../api';
import { useCanManageCampaigns } from '../../hooks/useCanManageCampaigns';
import { campaignRouteRef, campaignsRouteRef } from '../../routes';
import { CampaignDialog } from '../CampaignDialog';
import { CampaignStandingBar } from '../shared/CampaignStandingBar';
import { errorMessage } from '../shared/errorMessage';
import { formatDate } from '../shared/format';
import { BurnUpChart } from './BurnUpChart';
import { CampaignAbout } from './CampaignAbout';
import { CampaignHistoryCard } from './CampaignHistoryCard';
import { DeletedCampaign } from './DeletedCampaign';
import { loadCampaignPage } from './loadCampaignPage';
import { TeamsTable } from './TeamsTable';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', gap: theme.spacing(2), alignItems: 'center' },
  notice: { marginBottom: theme.spacing(2) },
  standing: { marginBottom: theme.spacing(2) },
}));

/**
 * One campaign: what it covers and asks, where it stands, its burn-up
 * against the line to the deadline, each team's standing and its history.
 * Those who may manage campaigns edit or delete a stored one here. A
 * deleted campaign's page says who deleted it and when, with its history.
 */
export function CampaignPage() {
  const classes = useStyles();
  const { campaignId } = useRouteRefParams(campaignRouteRef);
  const api = useApi(sreMaturityApiRef);
  const canManage = useCanManageCampaigns();
  const navigate = useNavigate();
  const campaignsLink = useRouteRef(campaignsRouteRef);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<Error>();
  const data = useAsyncRetry(
    () => loadCampaignPage(api, campaignId),
    [api, campaignId],
  );

  const remove = async (revision: number) => {
    setDeleteError(undefined);
    try {
      await api.deleteCampaign(campaignId, revision);
      navigate(campaignsLink());
    } catch (e) {
      setDeleteError(e as Error);
      setDeleting(false);
      if (RevisionConflictError.is(e)) {
        data.retry();
      }
    }
  };

  const renderContent = () => {
    if (data.error) {
      return <ResponseErrorPanel error={data.error} />;
    }
    if (!data.value) {
      return <Progress />;
    }
    if (data.value.type === 'deleted') {
      return (
        <DeletedCampaign
          history={data.value.history}
          model={data.value.model.model}
          campaignsLink={campaignsLink()}
        />
      );
    }
    const {
      campaign,
      progress,
      model: { model },
    } = data.value;
    const editable = canManage && campaign.source === 'database';
    return (
      <>
        <ContentHeader title={campaign.title}>
          <Box className={classes.actions}>
            {editable && (
              <>
                <Button variant="outlined" onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button variant="outlined" onClick={() => setDeleting(true)}>
                  Delete
                </Button>
              </>
            )}
            <Link to={campaignsLink()}>All campaigns</Link>
          </Box>
        </ContentHeader>
        {campaign.source === 'config' && (
          <Alert severity="info" className={classes.notice}>
            Defined in app-config.yaml (sreMaturity.campaigns): change it there;
            it is read-only here.
          </Alert>
        )}
        {deleteError && (
          <Alert severity="error" className={classes.notice}>
            {RevisionConflictError.is(deleteError)
              ? 'Someone else changed this campaign first, so it was not deleted. It is shown as it is now.'
              : errorMessage(deleteError)}
          </Alert>
        )}
        <Grid container spacing={2}>
          <Grid item xs={12} md={5}>
            <CampaignAbout campaign={campaign} areas={model.areas} />
          </Grid>
          <Grid item xs={12} md={7}>
            <InfoCard
              title="Burn-up"
              subheader={`As of ${formatDate(progress.asOf)}`}
            >
              <div className={classes.standing}>
                <CampaignStandingBar
                  standing={progress.standing}
                  label="Covered entities"
                />
              </div>
              <BurnUpChart points={progress.burnUp} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <InfoCard title="Per team" noPadding>
              <TeamsTable teams={progress.byTeam} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <CampaignHistoryCard campaign={campaign} model={model} />
          </Grid>
        </Grid>
        {editing && (
          <CampaignDialog
            campaign={campaign}
            areas={model.areas}
            onClose={() => setEditing(false)}
            onSaved={() => data.retry()}
          />
        )}
        <Dialog
          open={deleting}
          onClose={() => setDeleting(false)}
          aria-labelledby="sre-maturity-campaign-delete-title"
        >
          <DialogTitle id="sre-maturity-campaign-delete-title">
            Delete “{campaign.title}”?
          </DialogTitle>
          <DialogContent>
            <Typography>The campaign stops; its history is kept.</Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(false)}>Cancel</Button>
            <Button color="secondary" onClick={() => remove(campaign.revision)}>
              Delete
            </Button>
          </DialogActions>
        </Dialog>
      </>
    );
  };

  return (
    <Page themeId="tool">
      <Header title="SRE Maturity" subtitle="Campaign" />
      <Content>{renderContent()}</Content>
    </Page>
  );
}
