import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { MaturityLevelChip } from '../../shared/MaturityLevelChip';
import { AreaExplanation } from './explainEntity';
import { OpenCriterion } from './OpenCriterion';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(2) },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(3) },
}));

/** What keeps one area of an entity from its next phase. */
export function AreaExplanationItem(props: {
  explanation: AreaExplanation;
  withEntity: boolean;
}) {
  const { explanation, withEntity } = props;
  const { view, nextPhase, open } = explanation;
  const classes = useStyles();
  const headingId = `why-${view.area.id}`;
  // The phase's criteria that apply to the entity.
  const total =
    view.phases
      .find(p => p.phase.id === nextPhase)
      ?.criteria.filter(c => c.result.origin !== 'model').length ?? 0;
  const next = nextPhase && MATURITY_LEVEL_TITLES[nextPhase];

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <div className={classes.header}>
        <Typography variant="h6" component="h4" id={headingId}>
          {view.area.title}
        </Typography>
        {view.result.applicable ? (
          <MaturityLevelChip level={view.result.level} />
        ) : (
          <Chip size="small" variant="outlined" label="Does not apply" />
        )}
      </div>
      <Typography variant="body2">
        {!view.result.applicable &&
          'No criterion of this area applies to this entity.'}
        {view.result.applicable && !nextPhase && 'Reached Run: nothing open.'}
        {view.result.applicable &&
          nextPhase === 'crawl' &&
          `${open.length} of ${total} Crawl criteria block Crawl:`}
        {view.result.applicable &&
          nextPhase &&
          nextPhase !== 'crawl' &&
          `${open.length} of ${total} ${next} criteria open toward ${next}:`}
      </Typography>
      {view.result.applicable && open.length > 0 && (
        <ul className={classes.list}>
          {open.map(criterion => (
            <OpenCriterion
              key={criterion.criterion.id}
              view={criterion}
              withEntity={withEntity}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
