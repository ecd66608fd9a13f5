import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import {
  levelRank,
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
  PHASES,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { formatPercent } from './format';
import { LEVEL_COLORS } from './levelColors';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
    minWidth: 240,
  },
  step: {
    flex: 1,
    padding: theme.spacing(0.25, 1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    fontSize: theme.typography.caption.fontSize,
    textAlign: 'center',
  },
  next: {
    borderColor: theme.palette.text.secondary,
    borderStyle: 'dashed',
  },
  bar: { marginTop: 2 },
  hidden: visuallyHidden,
}));

/**
 * Crawl, Walk and Run side by side: the phases reached filled in, the next
 * one with its progress.
 */
export function PhaseProgression(props: {
  level: MaturityLevel;
  nextPhase?: PhaseId;
  progress: number;
}) {
  const { level, nextPhase, progress } = props;
  const classes = useStyles();
  return (
    <ol className={classes.list}>
      {PHASES.map(phase => {
        const title = MATURITY_LEVEL_TITLES[phase];
        const reached = levelRank(level) >= levelRank(phase);
        const isNext = phase === nextPhase;
        let description = 'not reached';
        if (reached) {
          description = 'reached';
        } else if (isNext) {
          description = `${formatPercent(progress)} of the way`;
        }
        return (
          <li
            key={phase}
            className={`${classes.step} ${isNext ? classes.next : ''}`}
            style={
              reached
                ? {
                    background: LEVEL_COLORS[phase].background,
                    color: LEVEL_COLORS[phase].text,
                  }
                : undefined
            }
          >
            <span className={classes.hidden}>{`${title}: ${description}`}</span>
            <span aria-hidden>{title}</span>
            {isNext && (
              <LinearProgress
                aria-hidden
                className={classes.bar}
                variant="determinate"
                value={progress * 100}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
