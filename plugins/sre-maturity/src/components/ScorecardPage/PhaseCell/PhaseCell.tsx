import { makeStyles, TableCell } from '@material-ui/core';
import {
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';
import { LEVEL_COLORS } from '../../shared/levelColors';
import { formatPercent } from '../../shared/format';
import { phaseCellLabel, phaseProgressText } from './phaseCellLabel';
import { visuallyHidden } from '../../shared/visuallyHidden';

const useStyles = makeStyles(theme => ({
  cell: {
    position: 'relative',
    minWidth: 80,
    borderLeft: `2px solid ${theme.palette.background.paper}`,
  },
  level: {
    fontWeight: theme.typography.fontWeightMedium as number,
    whiteSpace: 'nowrap',
  },
  // The text above its bar keeps the cell narrow enough for seven areas.
  progressRow: {
    display: 'flex',
    flexDirection: 'column',
    gap: 2,
    fontSize: theme.typography.caption.fontSize,
  },
  progressText: { whiteSpace: 'nowrap' },
  track: {
    height: 4,
    borderRadius: 2,
    background: 'rgba(0, 0, 0, 0.15)',
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    background: 'rgba(0, 0, 0, 0.55)',
  },
  notApplicable: { color: theme.palette.text.secondary },
  hidden: visuallyHidden,
}));

/**
 * One heatmap cell: the level reached and, when given, the progress toward
 * the next one; n/a for an area that does not apply to the entity.
 */
export function PhaseCell(props: {
  title: string;
  level: MaturityLevel;
  progress?: number;
  /** False when the area does not apply to the entity: shown as n/a. */
  applicable?: boolean;
}) {
  const { title, level, progress, applicable = true } = props;
  const classes = useStyles();
  if (!applicable) {
    const notApplicable = `${title}: does not apply`;
    return (
      <TableCell className={classes.cell} title={notApplicable}>
        <span className={classes.hidden}>{notApplicable}</span>
        <div aria-hidden="true" className={classes.notApplicable}>
          n/a
        </div>
      </TableCell>
    );
  }
  const label = phaseCellLabel(title, level, progress);
  const colors = LEVEL_COLORS[level];
  const progressText =
    progress === undefined ? undefined : phaseProgressText(level, progress);
  return (
    <TableCell
      className={classes.cell}
      style={{ background: colors.background, color: colors.text }}
      title={label}
    >
      <span className={classes.hidden}>{label}</span>
      <div aria-hidden="true">
        <div className={classes.level}>{MATURITY_LEVEL_TITLES[level]}</div>
        {progress !== undefined && progressText && (
          <div className={classes.progressRow}>
            <span className={classes.progressText}>{progressText}</span>
            <div className={classes.track}>
              <div
                className={classes.bar}
                style={{ width: formatPercent(progress) }}
              />
            </div>
          </div>
        )}
      </div>
    </TableCell>
  );
}
