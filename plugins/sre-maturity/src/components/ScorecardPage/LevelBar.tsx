import { makeStyles } from '@material-ui/core';
import { LevelCounts } from '../../api';
import { levelCountsLabel } from './levelCountsLabel';
import { LEVEL_COLORS } from '../shared/levelColors';
import { MATURITY_LEVELS } from './scorecardView';
import { visuallyHidden } from '../shared/visuallyHidden';

const useStyles = makeStyles(theme => ({
  root: { position: 'relative' },
  bar: {
    display: 'flex',
    minWidth: 72,
    height: 12,
    borderRadius: 2,
    overflow: 'hidden',
    background: theme.palette.action.hover,
  },
  hidden: visuallyHidden,
}));

/** How many entities are at each level, as one small stacked bar. */
export function LevelBar(props: { title: string; counts: LevelCounts }) {
  const { title, counts } = props;
  const classes = useStyles();
  const label = levelCountsLabel(title, counts);
  const total = MATURITY_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  return (
    <div className={classes.root}>
      <span className={classes.hidden}>{label}</span>
      <div className={classes.bar} title={label} aria-hidden="true">
        {total > 0 &&
          MATURITY_LEVELS.map(level => (
            <div
              key={level}
              style={{
                width: `${(counts[level] / total) * 100}%`,
                background: LEVEL_COLORS[level].fill,
              }}
            />
          ))}
      </div>
    </div>
  );
}
