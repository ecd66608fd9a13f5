import { InfoCard } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { useState } from 'react';
import { AreaView } from '../areaViews/buildAreaViews';
import {
  canComeFromCatalog,
  canComeFromRepository,
  NextStep,
  nextSteps,
} from '../areaViews/nextSteps';
import { criterionElementId } from '../CriterionItem/CriterionItem';

/** Criteria listed per area before "Show all". */
export const NEXT_STEPS_SHOWN = 3;
/** Areas listed before "Show all areas". */
export const NEXT_STEP_AREAS_SHOWN = 3;

const useStyles = makeStyles(theme => ({
  area: { '& + &': { marginTop: theme.spacing(2) } },
  // The disclosure triangles mark the items.
  list: { margin: theme.spacing(0.5, 0, 0), padding: 0, listStyle: 'none' },
  item: { marginBottom: theme.spacing(0.5), overflowWrap: 'anywhere' },
  summary: { cursor: 'pointer' },
  catalog: { marginLeft: theme.spacing(1) },
  guidance: { margin: theme.spacing(0.5, 0, 0.5, 2) },
  go: { marginLeft: theme.spacing(2) },
}));

function AreaNextStep(props: {
  step: NextStep;
  rank: number;
  onShowCriterion(areaId: string, criterionId: string): void;
}) {
  const { step, rank, onShowCriterion } = props;
  const { view, phase, criteria } = step;
  const classes = useStyles();
  const [showAll, setShowAll] = useState(false);
  const listId = `sre-maturity-next-steps-${view.area.id}`;
  const headingId = `${listId}-heading`;
  const shown = showAll ? criteria : criteria.slice(0, NEXT_STEPS_SHOWN);
  return (
    <section className={classes.area}>
      <Typography variant="subtitle2" component="h3" id={headingId}>
        {rank}. {view.area.title}: to reach {MATURITY_LEVEL_TITLES[phase]}
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
                {canComeFromCatalog(criterion) && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label="From the catalog"
                    title="An annotation or link in catalog-info.yaml can meet it"
                    className={classes.catalog}
                  />
                )}
                {canComeFromRepository(criterion) && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label="From the repository"
                    title="A file in the entity's repository can meet it"
                    className={classes.catalog}
                  />
                )}
              </Typography>
              <Typography
                variant="body2"
                color="textSecondary"
                className={classes.guidance}
              >
                {criterion.guidance}
              </Typography>
              <Link
                component="button"
                variant="body2"
                className={classes.go}
                aria-controls={criterionElementId(criterion.id)}
                onClick={() => onShowCriterion(view.area.id, criterion.id)}
              >
                Go to {criterion.title}
              </Link>
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
 * The criteria that stand between each area and its next phase, the most
 * useful area first; each opens to its guidance and a link to the
 * criterion in the assessment, and those the catalog can prove are marked.
 */
export function NextStepsCard(props: {
  views: AreaView[];
  onShowCriterion(areaId: string, criterionId: string): void;
}) {
  const { views, onShowCriterion } = props;
  const [showAllAreas, setShowAllAreas] = useState(false);
  const steps = nextSteps(views);
  const shown = showAllAreas ? steps : steps.slice(0, NEXT_STEP_AREAS_SHOWN);
  return (
    <InfoCard title="Next steps">
      {!steps.length && (
        <Typography variant="body2">
          Every area has reached Run. Keep the answers current.
        </Typography>
      )}
      {shown.map((step, index) => (
        <AreaNextStep
          key={step.view.area.id}
          step={step}
          rank={index + 1}
          onShowCriterion={onShowCriterion}
        />
      ))}
      {steps.length > NEXT_STEP_AREAS_SHOWN && (
        <Button
          size="small"
          onClick={() => setShowAllAreas(!showAllAreas)}
          aria-expanded={showAllAreas}
        >
          {showAllAreas
            ? 'Show the first areas only'
            : `Show all ${steps.length} areas`}
        </Button>
      )}
    </InfoCard>
  );
}
