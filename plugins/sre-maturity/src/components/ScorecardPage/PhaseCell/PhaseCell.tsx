import { makeStyles, TableCell } from '@material-ui/core';
import {
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';
import { LEVEL_COLORS } from '../../shared/levelColors';
import { formatPercent } from '../../shared/format';
import { nextPhaseOf, phaseCellLabel } from './phaseCellLabel';
import { visuallyHidden } from '../../shared/visuallyHidden';

const useStyles = makeStyles(theme => ({
  cell: {
    position: 'relative',
    minWidth: 88,
    borderLeft: `2px solid ${theme.palette.background.paper}`,
  },
  level: {
    fontWeight: theme.typography.fontWeightMedium as number,
    whiteSpace: 'nowrap',
  },
  progressRow: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontSize: theme.typography.caption.fontSize,
  },
  track: {
    flex: 1,
    height: 4,
    borderRadius: 2,
    background: 'rgba(0, 0, 0, 0.15)',
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    background: 'rgba(0, 0, 0, 0.55)',
  },
  hidden: visuallyHidden,
}));

/**
 * One heatmap cell: the level reached and, when given, the progress toward
 * the next one.
 */
export function PhaseCell(props: {
  title: string;
  level: MaturityLevel;
  progress?: number;
}) {
  const { title, level, progress } = props;
  const classes = useStyles();
  const label = phaseCellLabel(title, level, progress);
  const colors = LEVEL_COLORS[level];
  return (
    <TableCell
      className={classes.cell}
      style={{ background: colors.background, color: colors.text }}
      title={label}
    >
      <span className={classes.hidden}>{label}</span>
      <div aria-hidden="true">
        <div className={classes.level}>{MATURITY_LEVEL_TITLES[level]}</div>
        {progress !== undefined && nextPhaseOf(level) && (
          <div className={classes.progressRow}>
            <div className={classes.track}>
              <div
                className={classes.bar}
                style={{ width: formatPercent(progress) }}
              />
            </div>
            {formatPercent(progress)}
          </div>
        )}
      </div>
    </TableCell>
  );
}
