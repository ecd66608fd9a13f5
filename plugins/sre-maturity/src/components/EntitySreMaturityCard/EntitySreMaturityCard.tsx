import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { MATURITY_LEVEL_TITLES } from '@sre-maturity/backstage-plugin-common';
import { useAssessmentData } from '../../hooks/useAssessmentData';
import { buildAreaViews } from '../EntitySreMaturityContent/areaViews/buildAreaViews';
import {
  canComeFromCatalog,
  canComeFromRepository,
  nextSteps,
} from '../EntitySreMaturityContent/areaViews/nextSteps';
import { describeTargetGaps, hasTargets } from '../shared/overallTarget';
import { ENTITY_TAB_PATH } from '../../routes';
import { EntityCampaigns } from '../EntityCampaigns';
import { ExemptionNotice } from '../shared/ExemptionNotice';
import { LoadError } from '../shared/LoadError';
import { MaturityLevelChip } from '../shared/MaturityLevelChip';
import { describeEntityFacts } from '../shared/describeApplicability';
import { formatProvider } from '../shared/format';
import { metAutomatically } from './metAutomatically';
import { overallProgress } from './overallProgress';

const progressId = 'sre-maturity-card-progress';

const useStyles = makeStyles(theme => ({
  headline: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    flexWrap: 'wrap',
    marginBottom: theme.spacing(2),
  },
  progress: { display: 'grid', gap: theme.spacing(0.5) },
  step: { marginTop: theme.spacing(1.5) },
  alert: { marginTop: theme.spacing(2) },
  automatic: { marginBottom: theme.spacing(1.5) },
  // A long URL wraps instead of widening the card.
  unreadable: { overflowWrap: 'anywhere' },
}));

/**
 * Props of the SRE Maturity card.
 *
 * @public
 */
export interface EntitySreMaturityCardProps {
  /**
   * The path of the SRE Maturity tab under the entity page, `sre-maturity`
   * by default.
   */
  tabPath?: string;
}

/**
 * A summary of the entity's SRE maturity for its overview page: overall
 * phase, progress toward the next one, the most useful next step, a stale
 * warning and a link to the tab.
 */
export function EntitySreMaturityCard(props: EntitySreMaturityCardProps) {
  const { tabPath = ENTITY_TAB_PATH } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const entityRoute = useRouteRef(entityRouteRef);
  const { value, loading, error, retry } = useAssessmentData(
    stringifyEntityRef(entity),
  );
  const tabLink = `${entityRoute(entityRouteParams(entity))}/${tabPath}`;

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error || !value) {
    content = (
      <LoadError
        title="Could not load the SRE maturity"
        error={error ?? new Error('No data')}
        onRetry={retry}
      />
    );
  } else {
    const { assessment, exempt, exemptReason } = value.assessment;
    const views = buildAreaViews(value.model, assessment);
    const progress = overallProgress(views, assessment.overall);
    const automatic = metAutomatically(assessment);
    // Nothing is asked of an exempt entity: no progress or step to urge.
    const step = exempt ? undefined : nextSteps(views)[0];
    content = (
      <>
        {exempt && <ExemptionNotice reason={exemptReason} />}
        <div className={classes.headline}>
          <MaturityLevelChip
            level={assessment.overall}
            label="Overall"
            size="medium"
          />
          <Typography variant="body2">
            Score {assessment.score} / 100
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {hasTargets(value.assessment)
              ? describeTargetGaps(value.assessment, value.model.areas).join(
                  ' · ',
                )
              : 'No target set'}
          </Typography>
        </div>
        {automatic.length > 0 && (
          <Typography variant="body2" className={classes.automatic}>
            Met automatically:{' '}
            {automatic
              .map(({ source, count }) => `${count} from the ${source}`)
              .join(', ')}
          </Typography>
        )}
        {!assessment.applicable && (
          <Typography variant="body2">
            No criterion of the model applies to this entity (
            {describeEntityFacts(value.assessment.entity)}).
          </Typography>
        )}
        {!exempt &&
          assessment.applicable &&
          (progress ? (
            <div className={classes.progress}>
              <Typography variant="body2" id={progressId}>
                Toward {MATURITY_LEVEL_TITLES[progress.phase]}:{' '}
                {progress.satisfied} of {progress.total} criteria,{' '}
                {progress.areasThere} of {progress.areas} areas there
              </Typography>
              <LinearProgress
                variant="determinate"
                value={
                  progress.total
                    ? (100 * progress.satisfied) / progress.total
                    : 0
                }
                aria-labelledby={progressId}
              />
            </div>
          ) : (
            <Typography variant="body2">
              Every area has reached Run. Keep the answers current.
            </Typography>
          ))}
        {step && (
          <Typography variant="body2" className={classes.step}>
            Most useful next step:{' '}
            <strong>{step.criteria[0].criterion.title}</strong> (
            {step.view.area.title}, toward {MATURITY_LEVEL_TITLES[step.phase]})
            {canComeFromCatalog(step.criteria[0].criterion) &&
              ', can be met from catalog-info.yaml'}
            {canComeFromRepository(step.criteria[0].criterion) &&
              ', can be met by a file in its repository'}
          </Typography>
        )}
        {!exempt && assessment.applicable && !assessment.lastAssessedAt && (
          <Alert severity="info" className={classes.alert}>
            Not assessed yet.
          </Alert>
        )}
        {value.assessment.evidenceSources
          .filter(source => source.status === 'unreadable')
          .map(source => (
            <Alert
              key={source.provider}
              severity="warning"
              className={`${classes.alert} ${classes.unreadable}`}
            >
              Could not read the {formatProvider(source.provider)}{' '}
              {source.source}
              {source.message && `: ${source.message}`}. What it would show is
              not known.
            </Alert>
          ))}
        <EntityCampaigns
          entityRef={stringifyEntityRef(entity)}
          model={value.model}
          variant="section"
        />
        {assessment.staleCount > 0 && (
          <Alert severity="warning" className={classes.alert}>
            {assessment.staleCount} answer
            {assessment.staleCount === 1 ? ' is' : 's are'} due for
            re-assessment.
          </Alert>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="SRE Maturity"
      deepLink={{ title: 'Open the assessment', link: tabLink }}
    >
      {content}
    </InfoCard>
  );
}
