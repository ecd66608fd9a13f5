import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CriterionView } from '../areaViews/buildAreaViews';
import { describeSelectors } from '../../shared/describeApplicability';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(1, 0),
    borderTop: `1px solid ${theme.palette.divider}`,
    color: theme.palette.text.secondary,
  },
  summary: { cursor: 'pointer' },
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(3) },
}));

/**
 * The criteria of a phase that the model does not apply to the entity,
 * folded into one line so they read as what they are, not as gaps; opened,
 * each says what it applies to.
 */
export function NotApplicableCriteria(props: {
  criteria: CriterionView[];
  /** The entity's facts, e.g. "Component, type library". */
  entityFacts: string;
}) {
  const { criteria, entityFacts } = props;
  const classes = useStyles();
  if (criteria.length === 0) {
    return null;
  }
  const count = criteria.length;
  return (
    <details className={classes.root}>
      <Typography
        variant="body2"
        component="summary"
        className={classes.summary}
      >
        {count} {count === 1 ? 'criterion does' : 'criteria do'} not apply to
        this entity ({entityFacts})
      </Typography>
      <ul className={classes.list}>
        {criteria.map(({ criterion }) => (
          <Typography key={criterion.id} component="li" variant="body2">
            {criterion.title}: applies to{' '}
            {describeSelectors(criterion.appliesTo)}.
          </Typography>
        ))}
      </ul>
    </details>
  );
}
