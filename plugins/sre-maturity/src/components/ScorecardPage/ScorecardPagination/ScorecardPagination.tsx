import { TablePagination } from '@material-ui/core';
import { lastPageOf, PAGE_SIZES } from '../view/scorecardView';

/** Pages through rows the server holds; only the current page is loaded. */
export function ScorecardPagination(props: {
  totalItems: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}) {
  return (
    <TablePagination
      component="div"
      count={props.totalItems}
      // Until a link past the last page is corrected.
      page={Math.min(props.page, lastPageOf(props.totalItems, props.pageSize))}
      rowsPerPage={props.pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      onPageChange={(_event, page) => props.onPageChange(page)}
      onRowsPerPageChange={event =>
        props.onPageSizeChange(Number(event.target.value))
      }
    />
  );
}
