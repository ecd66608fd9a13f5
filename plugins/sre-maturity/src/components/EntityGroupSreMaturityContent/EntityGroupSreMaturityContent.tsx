import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, makeStyles, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { sreMaturityApiRef } from '../../api';
import { ScorecardSummary } from '../ScorecardPage/ScorecardSummary';
import { LoadError } from '../shared/LoadError';
import { useScorecardLink } from '../shared/useScorecardLink';
import { TabSkeleton } from '../EntitySreMaturityContent/TabSkeleton/TabSkeleton';
import { groupAreas, groupTotals } from './groupView/groupView';
import { useGroupMaturity } from './groupView/useGroupMaturity';
import { GroupCampaigns } from './GroupCampaigns';
import { SubgroupsTable } from './SubgroupsTable';

const useStyles = makeStyles(theme => ({
  links: {
    display: 'flex',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
}));

/**
 * The SRE Maturity tab of a Group's page: the entities the group and its
 * sub-groups own, at any depth, with the phase distributions, the trend,
 * a row per sub-group and the campaigns.
 */
export function EntityGroupSreMaturityContent() {
  const classes = useStyles();
  const api = useApi(sreMaturityApiRef);
  const { groupRef, value, loading, error, retry } = useGroupMaturity();
  const teamLink = useScorecardLink({
    owner: [groupRef],
    includeSubgroups: true,
  });
  const ownLink = useScorecardLink({ owner: [groupRef] });
  const trend = useAsync(
    () => api.getScorecardTrend({ owner: [groupRef], includeSubgroups: true }),
    [api, groupRef],
  );

  if (loading) {
    return <TabSkeleton />;
  }
  if (error || !value) {
    return (
      <LoadError
        title="Could not load the SRE maturity of this group"
        error={error ?? new Error('No data')}
        onRetry={retry}
      />
    );
  }
  const { model, group } = value;
  return (
    <>
      {teamLink && (
        <div className={classes.links}>
          <Link to={teamLink}>Open these entities in the scorecard</Link>
        </div>
      )}
      {group.entities === 0 ? (
        <Typography>
          No entity owned by this group or its sub-groups is in the SRE maturity
          scorecard yet.
        </Typography>
      ) : (
        <Grid container spacing={2}>
          <Grid item xs={12}>
            <ScorecardSummary
              totals={groupTotals(group)}
              trend={trend}
              areas={model.areas}
              areaCounts={{ loading: false, value: groupAreas(group) }}
            />
          </Grid>
          <Grid item xs={12}>
            <GroupCampaigns group={group} />
          </Grid>
          <Grid item xs={12}>
            <InfoCard
              title="Per sub-group"
              subheader="Each direct sub-group with all of its own sub-groups"
              noPadding
            >
              <SubgroupsTable
                group={group}
                areas={model.areas}
                ownEntitiesLink={ownLink}
              />
            </InfoCard>
          </Grid>
        </Grid>
      )}
    </>
  );
}
