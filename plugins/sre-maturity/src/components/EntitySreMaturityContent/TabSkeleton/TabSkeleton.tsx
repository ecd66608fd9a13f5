import Grid from '@material-ui/core/Grid';
import { makeStyles } from '@material-ui/core/styles';
import Skeleton from '@material-ui/lab/Skeleton';

/** As many grey rows as the default model has areas. */
const AREA_ROWS = 7;

const useStyles = makeStyles(theme => ({
  row: { marginBottom: theme.spacing(1) },
}));

/** The tab's layout in grey while it loads: overview, areas, next steps. */
export function TabSkeleton() {
  const classes = useStyles();
  return (
    <Grid
      container
      spacing={3}
      role="progressbar"
      aria-busy="true"
      aria-label="Loading the SRE maturity assessment"
    >
      <Grid item xs={12}>
        <Skeleton variant="rect" height={140} />
      </Grid>
      <Grid item xs={12} lg={8}>
        {Array.from({ length: AREA_ROWS }, (_, index) => (
          <Skeleton
            key={index}
            variant="rect"
            height={56}
            className={classes.row}
          />
        ))}
      </Grid>
      <Grid item xs={12} lg={4}>
        <Skeleton variant="rect" height={320} />
      </Grid>
    </Grid>
  );
}
