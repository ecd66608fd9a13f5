import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import {
  Area,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { EntityAssessment } from '../../../api';
import { describeEntityFacts } from '../../shared/describeApplicability';
import { formatDate } from '../../shared/format';
import {
  describeTargetGaps,
  formatOverallTarget,
  hasTargets,
} from '../../shared/overallTarget';
import { ExemptionNotice } from '../../shared/ExemptionNotice';
import { MaturityLevelChip } from '../../shared/MaturityLevelChip';
import { ModelPageLink } from '../../ModelPage/ModelPageLink';
import { EvidenceSourcesSummary } from '../EvidenceSourcesSummary/EvidenceSourcesSummary';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: theme.spacing(2),
    margin: 0,
  },
  fact: { margin: 0 },
  sources: { marginTop: theme.spacing(2) },
  line: { display: 'block' },
  alerts: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
  },
}));

function Fact(props: { label: string; children: React.ReactNode }) {
  const classes = useStyles();
  return (
    <div>
      <Typography component="dt" variant="overline" color="textSecondary">
        {props.label}
      </Typography>
      <Typography component="dd" variant="body1" className={classes.fact}>
        {props.children}
      </Typography>
    </div>
  );
}

/**
 * Where the entity stands overall: phase, score, target and gap, when it
 * was last assessed, and what needs attention.
 */
export function AssessmentOverview(props: {
  assessment: EntityAssessment;
  areas: Area[];
  staleAfterDays: number;
}) {
  const { assessment: entityAssessment, areas, staleAfterDays } = props;
  const { assessment, exempt, exemptReason, warnings } = entityAssessment;
  const classes = useStyles();

  return (
    <InfoCard title="SRE maturity" action={<ModelPageLink />}>
      {exempt && <ExemptionNotice reason={exemptReason} />}
      <dl className={classes.facts}>
        <Fact label="Overall phase">
          <MaturityLevelChip level={assessment.overall} size="medium" />
          <Typography variant="body2" component="span" className={classes.line}>
            <ModelPageLink entityRef={entityAssessment.entity.entityRef}>
              Why {MATURITY_LEVEL_TITLES[assessment.overall]}?
            </ModelPageLink>
          </Typography>
        </Fact>
        <Fact label="Score">{assessment.score} / 100</Fact>
        <Fact label="Target">{formatOverallTarget(entityAssessment)}</Fact>
        <Fact label="Gap">
          {hasTargets(entityAssessment)
            ? describeTargetGaps(entityAssessment, areas).map(line => (
                <span key={line} className={classes.line}>
                  {line}
                </span>
              ))
            : 'No target'}
        </Fact>
        <Fact label="Last assessed">
          {assessment.lastAssessedAt
            ? formatDate(assessment.lastAssessedAt)
            : 'Never'}
        </Fact>
      </dl>
      {entityAssessment.evidenceSources.length > 0 && (
        <div className={classes.sources}>
          <EvidenceSourcesSummary sources={entityAssessment.evidenceSources} />
        </div>
      )}
      <div className={classes.alerts}>
        {assessment.staleCount > 0 && (
          <Alert severity="warning">
            {assessment.staleCount} answer
            {assessment.staleCount === 1 ? ' is' : 's are'} older than{' '}
            {Math.round(staleAfterDays)} days and due for re-assessment.
          </Alert>
        )}
        {!assessment.applicable && (
          <Alert severity="info">
            No criterion of the model applies to this entity (
            {describeEntityFacts(entityAssessment.entity)}): the scorecard does
            not list it. The model page says{' '}
            <ModelPageLink>what applies to which entities</ModelPageLink>.
          </Alert>
        )}
        {assessment.applicable && !hasTargets(entityAssessment) && (
          <Alert severity="info">
            Set a target phase with the{' '}
            <code>sre-maturity.io/target-phase</code> annotation to see the gap
            to it.
          </Alert>
        )}
        {warnings.map(warning => (
          <Alert key={warning} severity="warning">
            {warning}
          </Alert>
        ))}
      </div>
    </InfoCard>
  );
}
