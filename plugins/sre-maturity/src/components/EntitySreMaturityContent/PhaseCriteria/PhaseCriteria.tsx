import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { PhaseView } from '../areaViews/buildAreaViews';
import { CriterionItem } from '../CriterionItem/CriterionItem';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { NotApplicableCriteria } from '../NotApplicableCriteria/NotApplicableCriteria';
import { describeEntityFacts } from '../../shared/describeApplicability';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(2) },
  list: { listStyle: 'none', margin: 0, padding: 0 },
}));

/**
 * The criteria of one phase of an area: those that apply to the entity,
 * then those the model does not apply to it, folded.
 */
export function PhaseCriteria(props: { view: PhaseView }) {
  const { phase, criteria } = props.view;
  const classes = useStyles();
  const { editor } = useAssessmentEditorContext();
  const byModel = criteria.filter(c => c.result.origin === 'model');
  return (
    <section className={classes.root}>
      <Typography variant="h6" component="h3">
        {MATURITY_LEVEL_TITLES[phase.id]}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {phase.summary}
      </Typography>
      <ul className={classes.list}>
        {criteria
          .filter(c => c.result.origin !== 'model')
          .map(view => (
            <CriterionItem key={view.criterion.id} view={view} />
          ))}
      </ul>
      <NotApplicableCriteria
        criteria={byModel}
        entityFacts={describeEntityFacts(editor.assessment.entity)}
      />
    </section>
  );
}
