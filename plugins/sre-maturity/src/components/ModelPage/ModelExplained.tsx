import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { describeSelectors } from '../shared/describeApplicability';
import { AreaCriteria } from './AreaCriteria';
import { EvidenceSourcesTable } from './EvidenceSourcesTable';
import { ScoringRules } from './ScoringRules';
import { WorkedExampleSection } from './WorkedExampleSection';
import { WhyNotStartedSection } from './WhyNotStartedSection/WhyNotStartedSection';

const useStyles = makeStyles(theme => ({
  section: { marginBottom: theme.spacing(4), maxWidth: 1100 },
}));

/** The sections of the model page, for a loaded model. */
export function ModelExplained(props: {
  model: MaturityModel;
  staleAfterDays: number;
}) {
  const { model, staleAfterDays } = props;
  const classes = useStyles();
  return (
    <>
      <section className={classes.section} aria-labelledby="entity">
        <Typography variant="h4" component="h2" id="entity" gutterBottom>
          Why is an entity where it is?
        </Typography>
        <WhyNotStartedSection model={model} />
      </section>
      <section className={classes.section} aria-labelledby="scoring">
        <Typography variant="h4" component="h2" id="scoring" gutterBottom>
          How it is scored
        </Typography>
        <ScoringRules
          areaCount={model.areas.length}
          staleAfterDays={staleAfterDays}
        />
        <WorkedExampleSection model={model} />
      </section>
      <section className={classes.section} aria-labelledby="evidence">
        <Typography variant="h4" component="h2" id="evidence" gutterBottom>
          What counts as evidence
        </Typography>
        <EvidenceSourcesTable model={model} />
      </section>
      <section className={classes.section} aria-labelledby="areas">
        <Typography variant="h4" component="h2" id="areas" gutterBottom>
          Areas, phases and criteria
        </Typography>
        <Typography paragraph>
          The model applies to: {describeSelectors(model.appliesTo)}. A
          criterion applies to the entities its own list names as well (any line
          matching is enough; kinds and types compare without case). One that
          does not apply to an entity is Not applicable by the model: it is not
          a gap, and it is left out of the score and the phase. An area none of
          whose criteria applies does not apply to the entity.
        </Typography>
        {model.areas.map(area => (
          <AreaCriteria key={area.id} area={area} />
        ))}
      </section>
    </>
  );
}
