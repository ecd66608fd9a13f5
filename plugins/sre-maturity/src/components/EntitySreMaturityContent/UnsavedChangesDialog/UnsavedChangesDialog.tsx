import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { useUnsavedChangesGuard } from '../hooks/useUnsavedChangesGuard';

const TITLE_ID = 'sre-maturity-unsaved-title';

/**
 * Asks before unsaved answers are left behind: in the page for in-app
 * navigation, through the browser for reloading or closing the tab.
 */
export function UnsavedChangesDialog(props: { count: number }) {
  const { count } = props;
  const held = useUnsavedChangesGuard(count > 0);
  return (
    <Dialog
      open={Boolean(held)}
      onClose={held?.stay}
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>Leave without saving?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {count} answer{count === 1 ? ' is' : 's are'} not saved yet and would
          be lost.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={held?.leave}>Leave without saving</Button>
        <Button onClick={held?.stay} color="primary" variant="contained">
          Stay on this page
        </Button>
      </DialogActions>
    </Dialog>
  );
}
