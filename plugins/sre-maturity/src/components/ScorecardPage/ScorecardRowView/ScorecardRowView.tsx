import { Link } from '@backstage/core-components';
import { Chip, makeStyles, TableCell, TableRow } from '@material-ui/core';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { ScorecardRow } from '../../../api';
import { formatDate } from '../../shared/format';
import { CatalogRefLink } from '../CatalogRefLink';
import { gapCaption } from './gapCaption';
import { PhaseCell } from '../PhaseCell';

const useStyles = makeStyles(theme => ({
  nowrap: { whiteSpace: 'nowrap' },
  caption: {
    display: 'block',
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
  stale: { marginLeft: theme.spacing(1) },
}));

const NONE = '—';

/** One entity of the heatmap, its cells in the order of `LEADING_COLUMNS`, the areas, `TRAILING_COLUMNS`. */
export function ScorecardRowView(props: {
  row: ScorecardRow;
  areas: Area[];
  tabLink: string;
}) {
  const { row, areas, tabLink } = props;
  const classes = useStyles();
  const caption = gapCaption(row);
  return (
    <TableRow hover>
      <TableCell>
        <Link to={tabLink}>{row.title ?? row.name}</Link>
        {row.namespace !== 'default' && (
          <span className={classes.caption}>{row.namespace}</span>
        )}
      </TableCell>
      <PhaseCell title="Overall" level={row.overall} />
      <TableCell align="right">{row.score}</TableCell>
      <TableCell align="right">
        {row.target || row.gap ? row.gap : NONE}
        {caption && <span className={classes.caption}>{caption}</span>}
      </TableCell>
      {areas.map(area => {
        const cell = row.areas[area.id];
        return cell ? (
          <PhaseCell
            key={area.id}
            title={area.title}
            level={cell.level}
            progress={cell.progress}
            applicable={cell.applicable}
          />
        ) : (
          <TableCell key={area.id}>{NONE}</TableCell>
        );
      })}
      <TableCell className={classes.nowrap}>
        {row.lastAssessedAt ? formatDate(row.lastAssessedAt) : 'Never'}
        {row.stale && (
          <Chip label="Stale" size="small" className={classes.stale} />
        )}
      </TableCell>
      <TableCell>
        {row.owner ? (
          <CatalogRefLink
            value={row.owner}
            defaultKind="group"
            defaultNamespace={row.namespace}
          />
        ) : (
          NONE
        )}
      </TableCell>
      <TableCell>
        {row.system ? (
          <CatalogRefLink
            value={row.system}
            defaultKind="system"
            defaultNamespace={row.namespace}
          />
        ) : (
          NONE
        )}
      </TableCell>
      <TableCell>{row.kind}</TableCell>
      <TableCell>{row.lifecycle ?? NONE}</TableCell>
    </TableRow>
  );
}
