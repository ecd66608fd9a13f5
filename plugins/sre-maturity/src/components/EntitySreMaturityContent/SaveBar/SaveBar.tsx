import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { errorMessage } from '../../shared/errorMessage';
import { CONFLICT_PANEL_ID } from '../ConflictPanel/ConflictPanel';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';

const useStyles = makeStyles(theme => ({
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: theme.zIndex.appBar,
    marginTop: theme.spacing(2),
    padding: theme.spacing(1.5, 2),
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
  },
  message: { flex: 1 },
}));

/** Scrolls the conflict's explanation into view and moves the focus there. */
function showConflict() {
  const panel = document.getElementById(CONFLICT_PANEL_ID);
  panel?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  panel?.focus({ preventScroll: true });
}

/**
 * The unsaved changes, saved together in one request, or discarded; with
 * the problems that stopped the last save.
 */
export function SaveBar() {
  const classes = useStyles();
  const { editor } = useAssessmentEditorContext();
  const count = Object.keys(editor.drafts).length;
  if (!count && !editor.saveError) {
    return null;
  }
  const invalid = editor.criteriaWithErrors.length;

  return (
    <Paper
      className={classes.root}
      elevation={4}
      role="region"
      aria-label="Unsaved changes"
    >
      <div className={classes.message}>
        <Typography variant="body1" role="status">
          {count} unsaved change{count === 1 ? '' : 's'}
        </Typography>
        {invalid > 0 && (
          <Typography variant="body2" color="error" role="alert">
            Fix the problems marked in {invalid} answer
            {invalid === 1 ? '' : 's'} before saving.
          </Typography>
        )}
        {editor.conflict && (
          <Alert
            severity="warning"
            action={
              <Button color="inherit" size="small" onClick={showConflict}>
                Show what changed
              </Button>
            }
          >
            Not saved: someone saved this assessment before you. Re-apply or
            discard your changes to continue.
          </Alert>
        )}
        {editor.saveError && (
          <Alert severity="error">
            Could not save: {errorMessage(editor.saveError)}
          </Alert>
        )}
      </div>
      <Button onClick={editor.discardAll} disabled={editor.saving || !count}>
        Discard all
      </Button>
      <Button
        variant="contained"
        color="primary"
        onClick={editor.save}
        disabled={editor.saving || !count || Boolean(editor.conflict)}
      >
        {editor.saving
          ? 'Saving…'
          : `Save ${count} change${count === 1 ? '' : 's'}`}
      </Button>
    </Paper>
  );
}
