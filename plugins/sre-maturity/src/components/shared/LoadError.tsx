import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { errorMessage } from './errorMessage';

/** A failed load: what failed, the server's message, and a Retry. */
export function LoadError(props: {
  title: string;
  error: Error;
  onRetry(): void;
}) {
  const { title, error, onRetry } = props;
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorMessage(error)}
    </Alert>
  );
}
