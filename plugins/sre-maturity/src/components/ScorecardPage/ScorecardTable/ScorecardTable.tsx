import { memo } from 'react';
import {
  Table,
  TableBody,
  TableContainer,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardRow, SortOrder } from '../../../api';
import {
  DEFAULT_ENTITY_ORDER_BY,
  LEADING_COLUMNS,
  ColumnHeading,
  TRAILING_COLUMNS,
} from '../view/scorecardColumns';
import { ScorecardRowView } from '../ScorecardRowView';
import { shortAreaTitle } from '../labels/shortAreaTitle';
import { useTableStyles } from '../hooks/useTableStyles';
import { SortableHeaderCell } from '../SortableHeaderCell';
import { useEntityTabLink } from '../hooks/useEntityTabLink';

function ScorecardTableView(props: {
  rows: ScorecardRow[];
  areas: Area[];
  orderBy?: string;
  order: SortOrder;
  onSort: (columnId: string) => void;
}) {
  const { rows, areas, orderBy = DEFAULT_ENTITY_ORDER_BY, order } = props;
  const classes = useTableStyles();
  const tabLink = useEntityTabLink();
  const header = (column: ColumnHeading, className?: string) => (
    <SortableHeaderCell
      key={column.id}
      columnId={column.id}
      sortedBy={orderBy}
      order={order}
      onSort={props.onSort}
      align={column.align}
      label={column.label}
      fullTitle={column.fullTitle}
      className={className}
    />
  );

  return (
    <TableContainer className={classes.container}>
      <Table
        stickyHeader
        size="small"
        className={classes.table}
        aria-label="SRE maturity per entity"
      >
        <TableHead>
          <TableRow>
            {LEADING_COLUMNS.map(c => header(c))}
            {areas.map(a =>
              header(
                {
                  id: a.id,
                  label: shortAreaTitle(a.title),
                  fullTitle: a.title,
                },
                classes.areaHeader,
              ),
            )}
            {TRAILING_COLUMNS.map(c => header(c))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <ScorecardRowView
              key={row.entityRef}
              row={row}
              areas={areas}
              tabLink={tabLink(row.entityRef)}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The heatmap: one page of entities, sorted and paged by the server. */
export const ScorecardTable = memo(ScorecardTableView);
