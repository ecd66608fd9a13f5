import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { CampaignTeam } from '../../../api';
import { CatalogRefLink } from '../../ScorecardPage/CatalogRefLink';
import { CampaignStandingBar } from '../../shared/CampaignStandingBar';

/** Each owning team's standing in the campaign, the furthest behind first. */
export function TeamsTable(props: { teams: CampaignTeam[] }) {
  return (
    <Table size="small" aria-label="Progress per team">
      <TableHead>
        <TableRow>
          <TableCell>Team</TableCell>
          <TableCell align="right">Covered</TableCell>
          <TableCell>At target</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.teams.map(team => (
          <TableRow key={team.owner ?? ''}>
            <TableCell>
              {team.owner === null ? (
                'No owner'
              ) : (
                <CatalogRefLink
                  value={team.owner}
                  defaultKind="group"
                  defaultNamespace="default"
                />
              )}
            </TableCell>
            <TableCell align="right">{team.standing.covered}</TableCell>
            <TableCell>
              <CampaignStandingBar
                standing={team.standing}
                label={team.owner ?? 'No owner'}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
