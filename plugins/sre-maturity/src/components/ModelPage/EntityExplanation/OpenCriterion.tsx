import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { StatusChip } from '../../shared/StatusChip';
import { describeHowMet } from '../../shared/evidenceWays';
import { CriterionView } from '../../EntitySreMaturityContent/areaViews/buildAreaViews';
import { CriterionOrigin } from '../../EntitySreMaturityContent/CriterionOrigin/CriterionOrigin';
import { RefusedEvidenceNote } from '../../EntitySreMaturityContent/RefusedEvidenceNote/RefusedEvidenceNote';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(1.5), overflowWrap: 'anywhere' },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/**
 * A criterion still open for an entity: its status and where that comes
 * from, how it could be met, and the entity's values that did not count
 * (when the entity was read from the catalog).
 */
export function OpenCriterion(props: {
  view: CriterionView;
  withEntity: boolean;
}) {
  const { view, withEntity } = props;
  const { criterion, result } = view;
  const classes = useStyles();
  const hasOrigin = Boolean(
    result.answer || result.evidence.length || result.unreadable?.length,
  );
  return (
    <li className={classes.root}>
      <div className={classes.header}>
        <Typography variant="body2" component="span">
          <strong>{criterion.title}</strong>
        </Typography>
        <StatusChip status={result.status} />
      </div>
      {/* Its status chip says Unknown when there is nothing to show. */}
      {hasOrigin && <CriterionOrigin result={result} />}
      {withEntity && <RefusedEvidenceNote criterion={criterion} />}
      <Typography variant="body2" color="textSecondary">
        How to meet it: {describeHowMet(criterion.evidence)}{' '}
        {criterion.guidance}
      </Typography>
    </li>
  );
}
