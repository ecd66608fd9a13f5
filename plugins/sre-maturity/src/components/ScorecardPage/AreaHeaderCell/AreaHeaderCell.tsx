import { TableCell, Tooltip } from '@material-ui/core';
import { AbbreviatedTitle } from '../AbbreviatedTitle';
import { shortAreaTitle } from '../labels/shortAreaTitle';

/**
 * A column header naming an area by its short title; the full title is its
 * accessible name and tooltip.
 */
export function AreaHeaderCell(props: { title: string; className?: string }) {
  const { title, className } = props;
  const short = shortAreaTitle(title);
  return (
    <TableCell className={className}>
      {short === title ? (
        title
      ) : (
        <Tooltip title={title}>
          <span>
            <AbbreviatedTitle short={short} full={title} />
          </span>
        </Tooltip>
      )}
    </TableCell>
  );
}
