import { Link, Progress } from '@backstage/core-components';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { ReactNode, useMemo } from 'react';
import { useEntityTabLink } from '../../ScorecardPage/hooks/useEntityTabLink';
import { describeEntityFacts } from '../../shared/describeApplicability';
import { ExemptionNotice } from '../../shared/ExemptionNotice';
import { LoadError } from '../../shared/LoadError';
import { MaturityLevelChip } from '../../shared/MaturityLevelChip';
import { AreaExplanationItem } from './AreaExplanationItem';
import { explainEntity } from './explainEntity';
import { summarizeOverall } from './summarizeOverall';
import { useExplainedEntity } from './useExplainedEntity';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
    margin: theme.spacing(2, 0, 1),
    overflowWrap: 'anywhere',
  },
}));

/**
 * Why one entity is where it is: its overall phase and score, and per area
 * the criteria between it and its next phase, each with how to meet it.
 */
export function EntityExplanation(props: {
  model: MaturityModel;
  entityRef: string;
}) {
  const { model, entityRef } = props;
  const classes = useStyles();
  const tabLink = useEntityTabLink();
  const { value, loading, error, retry } = useExplainedEntity(entityRef);
  const areas = useMemo(
    () => (value ? explainEntity(model, value.assessment.assessment) : []),
    [model, value],
  );

  if (loading) {
    return <Progress />;
  }
  if (error || !value) {
    return (
      <LoadError
        title={`Could not load the assessment of ${entityRef}`}
        error={error ?? new Error('No assessment')}
        onRetry={retry}
      />
    );
  }
  const { assessment, entity } = value;
  const { overall, score } = assessment.assessment;
  const name = assessment.entity.title ?? assessment.entity.name;
  const content: ReactNode = (
    <>
      <div className={classes.header}>
        <Typography variant="h5" component="h3">
          {name}
        </Typography>
        <MaturityLevelChip level={overall} size="medium" />
        <Typography variant="body2">Score {score} / 100</Typography>
        <Link to={tabLink(assessment.entity.entityRef)}>
          Open its SRE Maturity tab
        </Link>
      </div>
      {assessment.exempt && (
        <ExemptionNotice reason={assessment.exemptReason} />
      )}
      <Typography paragraph>
        {assessment.assessment.applicable
          ? summarizeOverall(overall, areas)
          : `No criterion of the model applies to this entity (${describeEntityFacts(
              assessment.entity,
            )}): the scorecard does not list it.`}
      </Typography>
      {areas.map(area => (
        <AreaExplanationItem
          key={area.view.area.id}
          explanation={area}
          withEntity={Boolean(entity)}
        />
      ))}
    </>
  );
  // The entity, when read, tells which of its values did not count.
  return entity ? (
    <EntityProvider entity={entity}>{content}</EntityProvider>
  ) : (
    content
  );
}
