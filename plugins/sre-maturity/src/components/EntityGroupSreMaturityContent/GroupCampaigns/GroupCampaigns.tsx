import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { GroupMaturity, sreMaturityApiRef } from '../../../api';
import { CampaignStandingBar } from '../../shared/CampaignStandingBar';
import { describeDeadline } from '../../shared/campaignText';
import { useCampaignLink } from '../../shared/useCampaignLink';

/**
 * The campaigns that name the group, or one of its direct sub-groups, among
 * their owners; nothing when there is none.
 */
export function GroupCampaigns(props: { group: GroupMaturity }) {
  const { group } = props;
  const api = useApi(sreMaturityApiRef);
  const campaignLink = useCampaignLink();
  const { value } = useAsync(() => api.listCampaigns(), [api]);

  const refs = new Set([
    group.group.entityRef,
    ...group.subgroups.flatMap(row => (row.key ? [row.key] : [])),
  ]);
  const items = (value?.items ?? []).filter(({ campaign }) =>
    campaign.filter.owners?.some(owner => refs.has(owner)),
  );
  if (items.length === 0) {
    return null;
  }
  const today = new Date();
  return (
    <InfoCard title="Campaigns" noPadding>
      <Table size="small" aria-label="Campaigns of this group">
        <TableHead>
          <TableRow>
            <TableCell>Campaign</TableCell>
            <TableCell>Progress, all teams</TableCell>
            <TableCell>Deadline</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(({ campaign, standing }) => {
            const link = campaignLink(campaign.id);
            return (
              <TableRow key={campaign.id}>
                <TableCell>
                  {link ? (
                    <Link to={link}>{campaign.title}</Link>
                  ) : (
                    campaign.title
                  )}
                </TableCell>
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
            );
          })}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
