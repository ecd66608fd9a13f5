import { Link } from '@backstage/core-components';
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { GroupRow, ScorecardGroupBy, SortOrder } from '../../../api';
import { AreaHeaderCell } from '../AreaHeaderCell';
import { formatFacetValue } from '../labels/formatFacetValue';
import { groupRowName } from '../labels/groupRowName';
import { GROUP_TITLES } from '../labels/groupTitles';
import { LevelBar } from '../LevelBar';
import { NO_ENTITIES } from '../labels/levelCountsLabel';
import { DEFAULT_GROUP_ORDER_BY } from '../view/scorecardColumns';
import { useTableStyles } from '../hooks/useTableStyles';
import { SortableHeaderCell } from '../SortableHeaderCell';

/**
 * Roll-ups per team or system; a group's name opens the entity table
 * filtered by it. A group with a title shows its ref below it.
 */
export function GroupsTable(props: {
  by: ScorecardGroupBy;
  groups: GroupRow[];
  areas: Area[];
  orderBy?: string;
  order: SortOrder;
  groupLink: (key: string) => string;
  /** How a group reads; its title, or else its owner or system name, by default. */
  groupLabel?: (group: GroupRow) => string;
  onSort: (columnId: string) => void;
}) {
  const { by, groups, areas, orderBy = DEFAULT_GROUP_ORDER_BY, order } = props;
  const classes = useTableStyles();
  const titles = GROUP_TITLES[by];
  const sortable = (
    id: string,
    label: string,
    align?: 'right',
    fullTitle?: string,
  ) => (
    <SortableHeaderCell
      columnId={id}
      sortedBy={orderBy}
      order={order}
      onSort={props.onSort}
      align={align}
      label={label}
      fullTitle={fullTitle}
    />
  );

  return (
    <TableContainer className={classes.container}>
      <Table
        stickyHeader
        size="small"
        className={`${classes.table} ${classes.rollUp}`}
        aria-label={`SRE maturity per ${titles.one}`}
      >
        <TableHead>
          <TableRow>
            {sortable('key', titles.one)}
            {sortable('entities', 'Entities', 'right')}
            {sortable('averageScore', 'Avg. score', 'right', 'Average score')}
            <TableCell>Overall</TableCell>
            {areas.map(area => (
              <AreaHeaderCell
                key={area.id}
                title={area.title}
                className={classes.areaHeader}
              />
            ))}
            <TableCell align="right">Stale</TableCell>
            <TableCell align="right">Below target</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map(group => (
            <TableRow key={group.key ?? ''} hover>
              <TableCell>
                {group.key === null ? (
                  titles.none
                ) : (
                  <>
                    <Link to={props.groupLink(group.key)}>
                      {props.groupLabel?.(group) ?? groupRowName(by, group)}
                    </Link>
                    {group.title && (
                      <Typography
                        variant="caption"
                        color="textSecondary"
                        display="block"
                      >
                        {formatFacetValue(by, group.key)}
                      </Typography>
                    )}
                  </>
                )}
              </TableCell>
              <TableCell align="right">{group.entities}</TableCell>
              <TableCell align="right">
                {Math.round(group.averageScore)}
              </TableCell>
              <TableCell>
                <LevelBar title="Overall" counts={group.overall} />
              </TableCell>
              {areas.map(area => (
                <TableCell key={area.id}>
                  <LevelBar
                    title={area.title}
                    counts={group.areas[area.id] ?? NO_ENTITIES}
                  />
                </TableCell>
              ))}
              <TableCell align="right">{group.stale}</TableCell>
              <TableCell align="right">{group.belowTarget}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
