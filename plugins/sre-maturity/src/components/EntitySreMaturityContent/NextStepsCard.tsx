import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { AreaView } from './buildAreaViews';
import { nextSteps } from './nextSteps';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(1) },
  area: { marginTop: theme.spacing(1) },
}));

/** Per area, the criteria that stand between it and its next phase. */
export function NextStepsCard(props: { views: AreaView[] }) {
  const classes = useStyles();
  const steps = nextSteps(props.views);
  return (
    <InfoCard title="Next steps">
      {!steps.length && (
        <Typography variant="body2">
          Every area has reached Run. Keep the answers current.
        </Typography>
      )}
      {steps.map(({ view, phase, criteria }) => (
        <section key={view.area.id} className={classes.area}>
          <Typography variant="subtitle2" component="h3">
            {view.area.title}: to reach {MATURITY_LEVEL_TITLES[phase]}
          </Typography>
          <ul className={classes.list}>
            {criteria.map(({ criterion }) => (
              <li key={criterion.id} className={classes.item}>
                <Typography variant="body2">{criterion.title}</Typography>
                <Typography variant="body2" color="textSecondary">
                  {criterion.guidance}
                </Typography>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </InfoCard>
  );
}
