import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { useAssessmentData } from '../../hooks/useAssessmentData';
import { describeTargetGaps, hasTargets } from '../shared/overallTarget';
import { ENTITY_TAB_PATH } from '../../routes';
import { LoadError } from '../shared/LoadError';
import { MaturityLevelChip } from '../shared/MaturityLevelChip';

const useStyles = makeStyles(theme => ({
  headline: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    flexWrap: 'wrap',
    marginBottom: theme.spacing(2),
  },
  areas: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.75),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  alert: { marginTop: theme.spacing(2) },
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
 * phase, each area's phase, a stale warning and a link to the tab.
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
    const { assessment } = value.assessment;
    const titles = new Map(value.model.areas.map(a => [a.id, a.title]));
    content = (
      <>
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
        <ul className={classes.areas} aria-label="Areas">
          {assessment.areas.map(area => (
            <li key={area.areaId}>
              <MaturityLevelChip
                level={area.level}
                label={titles.get(area.areaId) ?? area.areaId}
              />
            </li>
          ))}
        </ul>
        {!assessment.lastAssessedAt && (
          <Alert severity="info" className={classes.alert}>
            Not assessed yet.
          </Alert>
        )}
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
