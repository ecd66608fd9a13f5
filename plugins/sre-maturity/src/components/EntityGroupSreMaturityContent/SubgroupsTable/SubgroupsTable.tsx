import { Area } from '@sre-maturity/backstage-plugin-common';
import { useState } from 'react';
import { GroupMaturity } from '../../../api';
import { GroupsTable } from '../../ScorecardPage/GroupsTable';
import { useEntityTabLink } from '../../ScorecardPage/hooks/useEntityTabLink';
import { groupRowName } from '../../ScorecardPage/labels/groupRowName';
import {
  readScorecardView,
  withSort,
} from '../../ScorecardPage/view/scorecardView';
import { subgroupRows } from '../groupView/groupView';

/**
 * One row per direct sub-group, its whole subtree rolled up, and one for
 * what the group owns itself; a sub-group's name opens its own SRE Maturity
 * tab, the group's own row the scorecard of those entities.
 */
export function SubgroupsTable(props: {
  group: GroupMaturity;
  areas: Area[];
  /** The scorecard of the entities the group owns itself, where there is one. */
  ownEntitiesLink?: string;
}) {
  const { group, areas, ownEntitiesLink } = props;
  // Only the sort of the scorecard's view applies here.
  const [sort, setSort] = useState(() =>
    readScorecardView(new URLSearchParams()),
  );
  const tabLink = useEntityTabLink();
  const ownRef = group.group.entityRef;
  return (
    <GroupsTable
      by="owner"
      groups={subgroupRows(group, sort.orderBy, sort.order)}
      areas={areas}
      orderBy={sort.orderBy}
      order={sort.order}
      onSort={orderBy => setSort(withSort(sort, orderBy))}
      groupLink={key =>
        key === ownRef ? ownEntitiesLink ?? tabLink(key) : tabLink(key)
      }
      groupLabel={row =>
        row.key === ownRef
          ? `${groupRowName('owner', row)} itself`
          : groupRowName('owner', row)
      }
    />
  );
}
