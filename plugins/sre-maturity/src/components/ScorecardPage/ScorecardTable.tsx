import {
  Table,
  TableBody,
  TableContainer,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardRow, SortOrder } from '../../api';
import {
  DEFAULT_ENTITY_ORDER_BY,
  LEADING_COLUMNS,
  ScorecardColumn,
  TRAILING_COLUMNS,
} from './scorecardColumns';
import { ScorecardRowView } from './ScorecardRowView';
import { useTableStyles } from './useTableStyles';
import { SortableHeaderCell } from './SortableHeaderCell';
import { useEntityTabLink } from './useEntityTabLink';

/** The heatmap: one page of entities, sorted and paged by the server. */
export function ScorecardTable(props: {
  rows: ScorecardRow[];
  areas: Area[];
  orderBy?: string;
  order: SortOrder;
  onSort: (columnId: string) => void;
}) {
  const { rows, areas, orderBy = DEFAULT_ENTITY_ORDER_BY, order } = props;
  const classes = useTableStyles();
  const tabLink = useEntityTabLink();
  const header = (column: ScorecardColumn, className?: string) => (
    <SortableHeaderCell
      key={column.id}
      columnId={column.id}
      sortedBy={orderBy}
      order={order}
      onSort={props.onSort}
      align={column.align}
      className={className}
    >
      {column.label}
    </SortableHeaderCell>
  );

  return (
    <TableContainer>
      <Table
        size="small"
        className={classes.table}
        aria-label="SRE maturity per entity"
      >
        <TableHead>
          <TableRow>
            {LEADING_COLUMNS.map(c => header(c))}
            {areas.map(a =>
              header({ id: a.id, label: a.title }, classes.areaHeader),
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
