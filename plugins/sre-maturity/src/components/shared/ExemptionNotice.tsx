import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { SRE_MATURITY_ANNOTATIONS } from '@sre-maturity/backstage-plugin-common';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(2) },
}));

/** The entity is left out of the scorecards, and why. */
export function ExemptionNotice(props: { reason?: string }) {
  const classes = useStyles();
  return (
    <Alert severity="info" className={classes.root}>
      <AlertTitle>Exempt from the SRE maturity scorecards</AlertTitle>
      {props.reason ? (
        <>Reason: {props.reason}</>
      ) : (
        <>
          No reason given in its <code>{SRE_MATURITY_ANNOTATIONS.exempt}</code>{' '}
          annotation.
        </>
      )}
    </Alert>
  );
}
