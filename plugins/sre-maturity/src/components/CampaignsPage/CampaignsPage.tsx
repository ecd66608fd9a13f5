import {
  Content,
  ContentHeader,
  Header,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  Box,
  Button,
  Chip,
  makeStyles,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { sreMaturityApiRef } from '../../api';
import { useCanManageCampaigns } from '../../hooks/useCanManageCampaigns';
import { campaignRouteRef, rootRouteRef } from '../../routes';
import { CampaignDialog } from '../CampaignDialog';
import { CampaignStandingBar } from '../shared/CampaignStandingBar';
import {
  describeDeadline,
  describeFilter,
  describeTarget,
} from '../shared/campaignText';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', gap: theme.spacing(2), alignItems: 'center' },
  empty: { padding: theme.spacing(4), textAlign: 'center' },
  title: { fontWeight: theme.typography.fontWeightMedium as number },
}));

/**
 * The campaigns: named goals with a deadline for the entities they cover,
 * each with where it stands today; those who may manage campaigns create
 * them here.
 */
export function CampaignsPage() {
  const classes = useStyles();
  const api = useApi(sreMaturityApiRef);
  const canManage = useCanManageCampaigns();
  const navigate = useNavigate();
  const campaignLink = useRouteRef(campaignRouteRef);
  const scorecardLink = useRouteRef(rootRouteRef);
  const [creating, setCreating] = useState(false);
  const campaigns = useAsync(() => api.listCampaigns(), [api]);
  // Apart, so that a campaign can be created when the list fails to load.
  const model = useAsync(() => api.getModel(), [api]);
  const today = new Date();

  const renderContent = () => {
    const error = campaigns.error ?? model.error;
    if (error) {
      return <ResponseErrorPanel error={error} />;
    }
    if (!campaigns.value || !model.value) {
      return <Progress />;
    }
    const { items } = campaigns.value;
    const { areas } = model.value.model;
    if (items.length === 0) {
      return (
        <Paper className={classes.empty}>
          <Typography>
            No campaigns yet. A campaign sets a target for the entities it
            covers, with a deadline, and follows their progress.
          </Typography>
        </Paper>
      );
    }
    return (
      <Paper>
        <Table size="small" aria-label="Campaigns">
          <TableHead>
            <TableRow>
              <TableCell>Campaign</TableCell>
              <TableCell>Target</TableCell>
              <TableCell>Progress</TableCell>
              <TableCell>Deadline</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(({ campaign, standing }) => (
              <TableRow key={campaign.id}>
                <TableCell>
                  <Link
                    className={classes.title}
                    to={campaignLink({ campaignId: campaign.id })}
                  >
                    {campaign.title}
                  </Link>
                  <Typography variant="body2" color="textSecondary">
                    {describeFilter(campaign.filter)}
                  </Typography>
                  {campaign.source === 'config' && (
                    <Chip size="small" label="From app-config.yaml" />
                  )}
                </TableCell>
                <TableCell>{describeTarget(campaign, areas)}</TableCell>
                <TableCell>
                  <CampaignStandingBar
                    standing={standing}
                    label={campaign.title}
                  />
                </TableCell>
                <TableCell>
                  {describeDeadline(campaign.deadline, today)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    );
  };

  return (
    <Page themeId="tool">
      <Header
        title="SRE Maturity"
        subtitle="Campaigns: targets with deadlines, and who is behind"
      />
      <Content>
        <ContentHeader title="Campaigns">
          <Box className={classes.actions}>
            {canManage && (
              <Button
                variant="contained"
                color="primary"
                onClick={() => setCreating(true)}
              >
                New campaign
              </Button>
            )}
            <Link to={scorecardLink()}>Scorecard</Link>
          </Box>
        </ContentHeader>
        {renderContent()}
        {creating && model.value && (
          <CampaignDialog
            areas={model.value.model.areas}
            onClose={() => setCreating(false)}
            onSaved={campaign =>
              navigate(campaignLink({ campaignId: campaign.id }))
            }
          />
        )}
      </Content>
    </Page>
  );
}
