import Alert from '@material-ui/lab/Alert';

/** Why the user sees the assessment without the means to change it. */
export function ReadOnlyNotice() {
  return (
    <Alert severity="info">
      You can view this assessment but not change it: recording answers needs
      the <code>sre-maturity.assessment.update</code> permission for this
      entity, usually given to its owners.
    </Alert>
  );
}
