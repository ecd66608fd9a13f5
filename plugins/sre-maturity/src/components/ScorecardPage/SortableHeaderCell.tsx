import { TableCell, TableSortLabel } from '@material-ui/core';
import { ReactNode } from 'react';
import { SortOrder } from '../../api';

/** A column header that sorts on the server; MUI sets `aria-sort` on the sorted one. */
export function SortableHeaderCell(props: {
  columnId: string;
  sortedBy: string;
  order: SortOrder;
  onSort: (columnId: string) => void;
  align?: 'left' | 'right';
  className?: string;
  children: ReactNode;
}) {
  const { columnId, sortedBy, order, onSort, align, className, children } =
    props;
  const active = columnId === sortedBy;
  return (
    <TableCell
      sortDirection={active ? order : false}
      align={align}
      className={className}
    >
      <TableSortLabel
        active={active}
        direction={active ? order : 'asc'}
        onClick={() => onSort(columnId)}
      >
        {children}
      </TableSortLabel>
    </TableCell>
  );
}
