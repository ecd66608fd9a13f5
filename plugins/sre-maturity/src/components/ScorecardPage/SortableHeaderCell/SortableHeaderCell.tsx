import { TableCell, TableSortLabel, Tooltip } from '@material-ui/core';
import { SortOrder } from '../../../api';
import { AbbreviatedTitle } from '../AbbreviatedTitle';

/**
 * A column header that sorts on the server; MUI sets `aria-sort` on the
 * sorted one. With a `fullTitle`, `label` is shown as its abbreviation: the
 * full title is read out and shown as a tooltip.
 */
export function SortableHeaderCell(props: {
  columnId: string;
  sortedBy: string;
  order: SortOrder;
  onSort: (columnId: string) => void;
  align?: 'left' | 'right';
  className?: string;
  label: string;
  fullTitle?: string;
}) {
  const { columnId, sortedBy, order, onSort, align, className } = props;
  const { label, fullTitle } = props;
  const active = columnId === sortedBy;
  const abbreviated = fullTitle !== undefined && fullTitle !== label;
  const sortLabel = (
    <TableSortLabel
      active={active}
      direction={active ? order : 'asc'}
      onClick={() => onSort(columnId)}
    >
      {abbreviated ? (
        <AbbreviatedTitle short={label} full={fullTitle} />
      ) : (
        label
      )}
    </TableSortLabel>
  );
  return (
    <TableCell
      sortDirection={active ? order : false}
      align={align}
      className={className}
    >
      {abbreviated ? (
        <Tooltip title={fullTitle}>{sortLabel}</Tooltip>
      ) : (
        sortLabel
      )}
    </TableCell>
  );
}
