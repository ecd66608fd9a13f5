import { InfoCard } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { useState } from 'react';
import { AreaView } from '../areaViews/buildAreaViews';
import { NextStep, nextSteps } from '../areaViews/nextSteps';

/** Criteria listed per area before "Show all". */
export const NEXT_STEPS_SHOWN = 3;

const useStyles = makeStyles(theme => ({
  area: { '& + &': { marginTop: theme.spacing(2) } },
  // The disclosure triangles mark the items.
  list: { margin: theme.spacing(0.5, 0, 0), padding: 0, listStyle: 'none' },
  item: { marginBottom: theme.spacing(0.5) },
  summary: { cursor: 'pointer' },
  guidance: { margin: theme.spacing(0.5, 0, 1, 2) },
}));

function AreaNextStep(props: { step: NextStep }) {
  const { view, phase, criteria } = props.step;
  const classes = useStyles();
  const [showAll, setShowAll] = useState(false);
  const listId = `sre-maturity-next-steps-${view.area.id}`;
  const headingId = `${listId}-heading`;
  const shown = showAll ? criteria : criteria.slice(0, NEXT_STEPS_SHOWN);
  return (
    <section className={classes.area}>
      <Typography variant="subtitle2" component="h3" id={headingId}>
        {view.area.title}: to reach {MATURITY_LEVEL_TITLES[phase]}
      </Typography>
      <ul id={listId} className={classes.list}>
        {shown.map(({ criterion }) => (
          <li key={criterion.id} className={classes.item}>
            <details>
              <Typography
                variant="body2"
                component="summary"
                className={classes.summary}
              >
                {criterion.title}
              </Typography>
              <Typography
                variant="body2"
                color="textSecondary"
                className={classes.guidance}
              >
                {criterion.guidance}
              </Typography>
            </details>
          </li>
        ))}
      </ul>
      {criteria.length > NEXT_STEPS_SHOWN && (
        <Button
          size="small"
          color="primary"
          aria-expanded={showAll}
          aria-controls={listId}
          aria-describedby={headingId}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer' : `Show all ${criteria.length}`}
        </Button>
      )}
    </section>
  );
}

/**
 * Per area, the criteria that stand between it and its next phase; each
 * opens to its guidance, and long lists start with the first few.
 */
export function NextStepsCard(props: { views: AreaView[] }) {
  const steps = nextSteps(props.views);
  return (
    <InfoCard title="Next steps">
      {!steps.length && (
        <Typography variant="body2">
          Every area has reached Run. Keep the answers current.
        </Typography>
      )}
      {steps.map(step => (
        <AreaNextStep key={step.view.area.id} step={step} />
      ))}
    </InfoCard>
  );
}
