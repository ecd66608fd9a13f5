import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Answer } from '@sre-maturity/backstage-plugin-common';
import { formatDate, formatUser, STATUS_TITLES } from '../../shared/format';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { diffAnswers } from '../drafts/diffAnswers';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0), paddingLeft: theme.spacing(3) },
  actions: { display: 'flex', gap: theme.spacing(1), flexWrap: 'wrap' },
}));

const TITLE_ID = 'sre-maturity-conflict-title';

/** The panel's id, for the save bar to bring it into view. */
export const CONFLICT_PANEL_ID = 'sre-maturity-conflict';

function describe(answer?: Answer): string {
  return answer ? STATUS_TITLES[answer.status] : STATUS_TITLES.unanswered;
}

/**
 * Someone saved first: what they changed, which of those the user changed
 * too, and the choice to re-apply the user's changes on top or drop them.
 */
export function ConflictPanel(props: {
  criterionTitles: ReadonlyMap<string, string>;
}) {
  const { criterionTitles } = props;
  const classes = useStyles();
  const { editor } = useAssessmentEditorContext();
  const { conflict } = editor;
  if (!conflict) {
    return null;
  }
  const changes = diffAnswers(conflict.base, conflict.current);
  const mine = Object.keys(editor.drafts).length;

  return (
    <Alert
      id={CONFLICT_PANEL_ID}
      // Focusable, so that the save bar's "Show what happened" lands on it.
      tabIndex={-1}
      severity="warning"
      aria-labelledby={TITLE_ID}
    >
      <AlertTitle id={TITLE_ID}>
        Someone saved this assessment before you
      </AlertTitle>
      Nothing of yours was saved, and your {mine} change
      {mine === 1 ? ' is' : 's are'} kept. Since you started editing:
      <ul className={classes.list}>
        {changes.map(({ criterionId, before, after }) => (
          <li key={criterionId}>
            <strong>{criterionTitles.get(criterionId) ?? criterionId}</strong>:{' '}
            {describe(before)} → {describe(after)}
            {after &&
              ` (${formatUser(after.answeredBy)}, ${formatDate(
                after.answeredAt,
              )})`}
            {editor.drafts[criterionId] && (
              <em> — you changed this one too; yours will replace it</em>
            )}
          </li>
        ))}
        {!changes.length && (
          <li>Only the catalog evidence or the scores changed.</li>
        )}
      </ul>
      <div className={classes.actions}>
        <Button
          variant="contained"
          color="primary"
          onClick={editor.reapplyDrafts}
        >
          Re-apply my changes on the latest version
        </Button>
        <Button onClick={editor.discardDraftsForConflict}>
          Discard my changes
        </Button>
      </div>
    </Alert>
  );
}
