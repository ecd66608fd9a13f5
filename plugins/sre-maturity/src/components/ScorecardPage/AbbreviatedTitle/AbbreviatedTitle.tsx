import { makeStyles } from '@material-ui/core';
import { visuallyHidden } from '../../shared/visuallyHidden';

const useStyles = makeStyles({ hidden: visuallyHidden });

/** Shows `short` on screen while assistive technology reads `full`. */
export function AbbreviatedTitle(props: { short: string; full: string }) {
  const classes = useStyles();
  return (
    <>
      <span aria-hidden="true">{props.short}</span>
      <span className={classes.hidden}>{props.full}</span>
    </>
  );
}
