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
import {
  describeDeadline,
  describeFilter,
  describeTarget,
} from '../shared/campaignText';
import { errorMessage } from '../shared/errorMessage';
import { formatDate, formatUser } from '../shared/format';
import { BurnUpChart } from './BurnUpChart';
import { TeamsTable } from './TeamsTable';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', gap: theme.spacing(2), alignItems: 'center' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(1, 2),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
  notice: { marginBottom: theme.spacing(2) },
  standing: { marginBottom: theme.spacing(2) },
}));

/**
 * One campaign: what it covers and asks, where it stands, its burn-up
 * against the line to the deadline and each team's standing. Those who may
 * manage campaigns edit or delete a stored one here.
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
    () =>
      Promise.all([
        api.getCampaign(campaignId),
        api.getCampaignProgress(campaignId),
        api.getModel(),
      ]),
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
    const [campaign, progress, { model }] = data.value;
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
            <InfoCard title="About">
              {campaign.description && (
                <Typography paragraph>{campaign.description}</Typography>
              )}
              <dl className={classes.facts}>
                <dt>Covers</dt>
                <dd>{describeFilter(campaign.filter)}</dd>
                <dt>Target</dt>
                <dd>{describeTarget(campaign, model.areas)}</dd>
                <dt>Starts</dt>
                <dd>{formatDate(campaign.startsOn)}</dd>
                <dt>Deadline</dt>
                <dd>{describeDeadline(campaign.deadline, new Date())}</dd>
                <dt>Managers</dt>
                <dd>{campaign.managers.map(formatUser).join(', ') || '—'}</dd>
              </dl>
            </InfoCard>
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
