import { MATURITY_LEVELS } from '@sre-maturity/backstage-plugin-common';
import { makeStyles } from '@material-ui/core';
import { LevelCounts } from '../../../api';
import { LEVEL_COLORS } from '../../shared/levelColors';

/** Below this share of its bar a segment has no room for its count. */
const MIN_LABELLED_SHARE = 0.06;

const useStyles = makeStyles(theme => ({
  segment: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    fontSize: theme.typography.caption.fontSize,
  },
}));

/**
 * The segments of a stacked bar, one per level that has entities, each as
 * wide as its share; with `showCounts`, those wide enough carry their count.
 */
export function LevelSegments(props: {
  counts: LevelCounts;
  showCounts?: boolean;
}) {
  const { counts, showCounts } = props;
  const classes = useStyles();
  const total = MATURITY_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  return (
    <>
      {MATURITY_LEVELS.filter(level => counts[level] > 0).map(level => {
        const share = counts[level] / total;
        return (
          <div
            key={level}
            className={classes.segment}
            style={{
              width: `${share * 100}%`,
              background: LEVEL_COLORS[level].fill,
              color: LEVEL_COLORS[level].text,
            }}
          >
            {showCounts && share >= MIN_LABELLED_SHARE && counts[level]}
          </div>
        );
      })}
    </>
  );
}
