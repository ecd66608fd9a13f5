import { InfoCard, Progress } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import {
  groupAreas,
  groupTotals,
} from '../EntityGroupSreMaturityContent/groupView/groupView';
import { useGroupMaturity } from '../EntityGroupSreMaturityContent/groupView/useGroupMaturity';
import { RollupSummary } from '../RollupSummary';
import { useEntityTabLink } from '../ScorecardPage/hooks/useEntityTabLink';
import { LoadError } from '../shared/LoadError';

function subgroupsLine(count: number): string {
  if (count === 0) {
    return 'Owned by this group, which has no sub-groups.';
  }
  return `Owned by this group and its ${count} direct sub-group${
    count === 1 ? '' : 's'
  }, at any depth.`;
}

/**
 * The SRE Maturity card of a Group's overview page: the entities of the
 * group and its sub-groups rolled up, and a link to the group's tab.
 */
export function EntityGroupSreMaturityCard() {
  const { groupRef, value, loading, error, retry } = useGroupMaturity();
  const tabLink = useEntityTabLink();

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error || !value) {
    content = (
      <LoadError
        title="Could not load the SRE maturity of this group"
        error={error ?? new Error('No data')}
        onRetry={retry}
      />
    );
  } else if (value.group.entities === 0) {
    content = (
      <Typography variant="body2">
        No entity owned by this group or its sub-groups is in the SRE maturity
        scorecard yet.
      </Typography>
    );
  } else {
    const { model, group } = value;
    content = (
      <>
        <Typography variant="body2" color="textSecondary" paragraph>
          {subgroupsLine(group.subgroups.length)}
        </Typography>
        <RollupSummary
          totals={groupTotals(group)}
          areas={model.areas}
          areaCounts={groupAreas(group)}
        />
      </>
    );
  }

  return (
    <InfoCard
      title="SRE Maturity"
      subheader="The entities this team owns, sub-teams included"
      deepLink={{ title: 'Open the roll-up', link: tabLink(groupRef) }}
    >
      {content}
    </InfoCard>
  );
}
