import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Area,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { describeSelectors } from '../shared/describeApplicability';
import { describeHowMet } from '../shared/evidenceWays';

const useStyles = makeStyles(theme => ({
  area: { marginBottom: theme.spacing(3) },
  list: { marginTop: 0 },
  criterion: { marginBottom: theme.spacing(1) },
}));

/** One area: what it is about, and each phase's intent and criteria. */
export function AreaCriteria(props: { area: Area }) {
  const { area } = props;
  const classes = useStyles();
  const headingId = `area-${area.id}`;
  return (
    <section className={classes.area} aria-labelledby={headingId}>
      <Typography variant="h5" component="h3" id={headingId}>
        {area.title}
      </Typography>
      <Typography paragraph>{area.description}</Typography>
      {area.phases.map(phase => (
        <div key={phase.id}>
          <Typography variant="h6" component="h4">
            {MATURITY_LEVEL_TITLES[phase.id]}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {phase.summary}
          </Typography>
          <ul className={classes.list}>
            {phase.criteria.map(criterion => (
              <li key={criterion.id} className={classes.criterion}>
                <Typography variant="body2">
                  <strong>{criterion.title}</strong>: {criterion.description}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  Applies to: {describeSelectors(criterion.appliesTo)}.{' '}
                  {describeHowMet(criterion.evidence)}
                </Typography>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
