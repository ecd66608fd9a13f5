import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

/**
 * Shown until the first answer is recorded: how to begin. A short banner,
 * so that the areas it points to stay on the first screen.
 */
export function GettingStarted(props: { canEdit: boolean; onStart(): void }) {
  const { canEdit, onStart } = props;
  return (
    <Alert
      severity="info"
      action={
        canEdit ? (
          <Button
            color="primary"
            variant="contained"
            onClick={onStart}
            style={{ whiteSpace: 'nowrap' }}
          >
            Start with the first area
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>Not assessed yet</AlertTitle>
      Open an area below, record each criterion as met, not met or not
      applicable, and save them together. Evidence in{' '}
      <code>catalog-info.yaml</code> counts on its own: see "Improve it from the
      catalog".
      {!canEdit && ' Ask one of the owners to record the answers.'}
    </Alert>
  );
}
