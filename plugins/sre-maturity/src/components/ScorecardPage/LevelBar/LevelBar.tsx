import { makeStyles } from '@material-ui/core';
import { LevelCounts } from '../../../api';
import { levelCountsLabel } from '../labels/levelCountsLabel';
import { LevelSegments } from '../LevelSegments';
import { visuallyHidden } from '../../shared/visuallyHidden';

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
  return (
    <div className={classes.root}>
      <span className={classes.hidden}>{label}</span>
      <div className={classes.bar} title={label} aria-hidden="true">
        <LevelSegments counts={counts} />
      </div>
    </div>
  );
}
