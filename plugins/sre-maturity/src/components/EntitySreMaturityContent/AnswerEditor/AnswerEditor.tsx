import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import {
  Answer,
  ANSWER_TEXT_MAX_LENGTH,
  Criterion,
} from '@sre-maturity/backstage-plugin-common';
import { STATUS_TITLES } from '../../shared/format';
import {
  AnswerDraft,
  DraftStatus,
  draftFromAnswer,
} from '../drafts/answerDrafts';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';

const STATUSES: DraftStatus[] = [
  'met',
  'not-met',
  'not-applicable',
  'unanswered',
];

/** From this share of the limit on, a text field counts its characters. */
const COUNT_FROM = 0.8;

/** Today where the user is, as the date input's YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** "1,850 / 2,000 characters" once a text nears the limit. */
function lengthHint(text: string): string | undefined {
  return text.length >= ANSWER_TEXT_MAX_LENGTH * COUNT_FROM
    ? `${text.length.toLocaleString(
        'en-US',
      )} / ${ANSWER_TEXT_MAX_LENGTH.toLocaleString('en-US')} characters`
    : undefined;
}

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1.5),
    marginTop: theme.spacing(1),
    borderLeft: `3px solid ${theme.palette.primary.main}`,
    background: theme.palette.background.default,
  },
  row: { display: 'flex', gap: theme.spacing(2), flexWrap: 'wrap' },
  grow: { flex: 1, minWidth: 220 },
}));

/**
 * The form that stages an answer for one criterion: status, and for
 * "not applicable" a reason and an optional expiry; a note and an evidence
 * link. Errors show next to their field.
 */
export function AnswerEditor(props: { criterion: Criterion; answer?: Answer }) {
  const { criterion, answer } = props;
  const classes = useStyles();
  const { editor } = useAssessmentEditorContext();
  const staged = editor.drafts[criterion.id];
  const draft = staged ?? draftFromAnswer(answer);
  const errors = editor.errorsFor(criterion.id);
  const statusError = errors.status ?? errors.criterionId;
  const id = (field: string) => `${criterion.id}-${field}`;
  const change = (fields: Partial<AnswerDraft>) =>
    editor.setDraft(criterion.id, { ...draft, ...fields });

  return (
    <div
      className={classes.root}
      role="group"
      aria-label={`Answer for ${criterion.title}`}
    >
      <FormControl component="fieldset" error={Boolean(statusError)}>
        <FormLabel component="legend">Status</FormLabel>
        <RadioGroup
          row
          name={id('status')}
          value={draft.status}
          onChange={event =>
            change({ status: event.target.value as DraftStatus })
          }
        >
          {STATUSES.map(status => (
            <FormControlLabel
              key={status}
              value={status}
              control={<Radio color="primary" />}
              label={STATUS_TITLES[status]}
            />
          ))}
        </RadioGroup>
        {statusError && <FormHelperText>{statusError}</FormHelperText>}
      </FormControl>

      {draft.status === 'not-applicable' && (
        <div className={classes.row}>
          <TextField
            id={id('reason')}
            className={classes.grow}
            label="Reason"
            required
            value={draft.reason}
            onChange={event => change({ reason: event.target.value })}
            error={Boolean(errors.reason)}
            helperText={
              errors.reason ??
              lengthHint(draft.reason) ??
              'Why the practice does not apply'
            }
          />
          <TextField
            id={id('expiresAt')}
            label="Not applicable until"
            type="date"
            InputLabelProps={{ shrink: true }}
            // The backend refuses past dates; the picker does not offer them.
            inputProps={{ min: localToday() }}
            value={draft.expiresAt}
            onChange={event => change({ expiresAt: event.target.value })}
            error={Boolean(errors.expiresAt)}
            helperText={
              errors.expiresAt ?? 'Optional; afterwards it needs an answer'
            }
          />
        </div>
      )}

      {draft.status !== 'unanswered' && (
        <div className={classes.row}>
          <TextField
            id={id('note')}
            className={classes.grow}
            label="Note"
            multiline
            value={draft.note}
            onChange={event => change({ note: event.target.value })}
            error={Boolean(errors.note)}
            helperText={errors.note ?? lengthHint(draft.note)}
          />
          <TextField
            id={id('evidenceUrl')}
            className={classes.grow}
            label="Evidence link"
            type="url"
            placeholder="https://"
            value={draft.evidenceUrl}
            onChange={event => change({ evidenceUrl: event.target.value })}
            error={Boolean(errors.evidenceUrl)}
            helperText={errors.evidenceUrl}
          />
        </div>
      )}

      {staged && (
        <div>
          <Button
            size="small"
            onClick={() => editor.discardDraft(criterion.id)}
          >
            Undo this change
          </Button>
        </div>
      )}
    </div>
  );
}
