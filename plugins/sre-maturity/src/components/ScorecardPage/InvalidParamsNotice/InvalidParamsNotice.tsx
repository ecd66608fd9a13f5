import Alert from '@material-ui/lab/Alert';
import { InvalidParam, invalidParamsMessage } from '../view/invalidParams';

/** Says which of the link's settings were reset, until dismissed. */
export function InvalidParamsNotice(props: {
  invalid: InvalidParam[];
  onDismiss: () => void;
}) {
  const { invalid, onDismiss } = props;
  if (invalid.length === 0) {
    return null;
  }
  return (
    <Alert severity="info" onClose={onDismiss}>
      {invalidParamsMessage(invalid)}
    </Alert>
  );
}
