import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CriterionSource } from '@sre-maturity/backstage-plugin-common';
import { useEffect, useState } from 'react';
import { StatusChip } from '../../shared/StatusChip';
import { AnswerEditor } from '../AnswerEditor/AnswerEditor';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { CriterionView } from '../areaViews/buildAreaViews';
import { CriterionOrigin } from '../CriterionOrigin/CriterionOrigin';
import { RefusedEvidenceNote } from '../RefusedEvidenceNote/RefusedEvidenceNote';

const SOURCE_DESCRIPTIONS: Record<CriterionSource, string> = {
  seed: 'Stated by the SRE maturity model document',
  extended: 'Added from established SRE practice where the model is a stub',
  custom: "Added by your organization's configuration",
};

/** The id of a criterion's item, to bring it into view. */
export function criterionElementId(criterionId: string): string {
  return `sre-maturity-criterion-${criterionId}`;
}

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(1.5, 0),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
  },
  title: { fontWeight: theme.typography.fontWeightMedium as number },
  source: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
    textTransform: 'lowercase',
  },
  guidance: { marginTop: theme.spacing(0.5) },
  origin: { marginTop: theme.spacing(1) },
}));

/**
 * One criterion: what it asks, its status and where that comes from, and
 * for editors the form to record an answer.
 */
export function CriterionItem(props: { view: CriterionView }) {
  const { criterion, result } = props.view;
  const classes = useStyles();
  const { editor, canEdit } = useAssessmentEditorContext();
  const staged = Boolean(editor.drafts[criterion.id]);
  const hasErrors = editor.criteriaWithErrors.includes(criterion.id);
  const [editing, setEditing] = useState(false);
  // A saved (or newly loaded) answer closes the form; staged edits keep it open.
  useEffect(() => setEditing(false), [result.answer]);
  const open = canEdit && (editing || staged || hasErrors);
  const titleId = `${criterion.id}-title`;

  return (
    <li
      id={criterionElementId(criterion.id)}
      className={classes.root}
      aria-labelledby={titleId}
    >
      <div className={classes.header}>
        <Typography id={titleId} component="h4" className={classes.title}>
          {criterion.title}
        </Typography>
        <StatusChip status={result.status} />
        {result.unreadable?.length ? (
          <Chip size="small" variant="outlined" label="Could not read" />
        ) : null}
        {staged && <Chip size="small" color="primary" label="Unsaved" />}
        <Tooltip title={SOURCE_DESCRIPTIONS[criterion.source]}>
          <span className={classes.source}>{criterion.source}</span>
        </Tooltip>
      </div>
      <Typography variant="body2">{criterion.description}</Typography>
      {criterion.guidance && (
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.guidance}
        >
          How to get there: {criterion.guidance}
        </Typography>
      )}
      <div className={classes.origin}>
        <CriterionOrigin result={result} />
        <RefusedEvidenceNote criterion={criterion} />
      </div>
      {canEdit && !staged && !hasErrors && (
        <Button
          size="small"
          color="primary"
          aria-expanded={open}
          aria-label={`${editing ? 'Close' : 'Record'} answer for ${
            criterion.title
          }`}
          onClick={() => setEditing(value => !value)}
        >
          {editing ? 'Close' : 'Record answer'}
        </Button>
      )}
      {open && <AnswerEditor criterion={criterion} answer={result.answer} />}
    </li>
  );
}
