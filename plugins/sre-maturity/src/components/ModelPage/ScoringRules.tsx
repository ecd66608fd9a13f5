import Typography from '@material-ui/core/Typography';
import {
  SRE_MATURITY_ANNOTATIONS,
  targetPhaseAnnotation,
} from '@sre-maturity/backstage-plugin-common';

/**
 * How a criterion's status, an area's phase, the overall phase, the score,
 * the target and the gap are computed, as the shared `assessEntity` does.
 */
export function ScoringRules(props: {
  areaCount: number;
  staleAfterDays: number;
}) {
  const { areaCount, staleAfterDays } = props;
  return (
    <>
      <Typography variant="h6" component="h3">
        Why is it Not started?
      </Typography>
      <Typography paragraph>
        An area stays <strong>Not started</strong> until every one of its Crawl
        criteria is met or not applicable, and the entity's overall phase is its
        weakest area's. So one area without a complete Crawl keeps the whole
        entity Not started, however far the others are. Open the entity's SRE
        Maturity tab to see which criteria are still open, and whether a value
        in its catalog-info.yaml did not count.
      </Typography>

      <Typography variant="h6" component="h3">
        Status of a criterion
      </Typography>
      <Typography component="ul">
        <li>
          The team's answer decides: <strong>Met</strong>,{' '}
          <strong>Not met</strong> or <strong>Not applicable</strong> (with a
          reason). A Not applicable answer given until a date counts as no
          answer after that day.
        </li>
        <li>
          Without an answer, evidence in the catalog makes it{' '}
          <strong>Met from the catalog</strong> (see{' '}
          <a href="#evidence">what counts as evidence</a>); otherwise it is{' '}
          <strong>Unknown</strong>, which counts as not met.
        </li>
        <li>
          An answer older than {staleAfterDays} days is due for re-assessment;
          it still counts.
        </li>
      </Typography>

      <Typography variant="h6" component="h3">
        Phase
      </Typography>
      <Typography component="ul">
        <li>
          Each of the {areaCount} areas has three phases: Crawl, Walk and Run.
          An area reaches a phase when every criterion of that phase and of
          every earlier phase is met or not applicable; before Crawl it is Not
          started. A criterion the model does not apply to the entity (see what
          each applies to below) is not a gap; an area none of whose criteria
          applies does not apply to the entity and counts nowhere. A Walk
          criterion met does not lift the phase while Crawl is open (it counts
          in the score).
        </li>
        <li>
          The progress shown toward the next phase is the share of that phase's
          criteria that are met or not applicable.
        </li>
        <li>
          The <strong>overall phase</strong> is the weakest applicable area's
          phase.
        </li>
      </Typography>

      <Typography variant="h6" component="h3">
        Score
      </Typography>
      <Typography paragraph>
        The score (0 to 100) is the share of applicable criteria that are met,
        across every area and phase: round(100 × met ÷ applicable). Applicable
        means the criterion applies to the entity and is not answered Not
        applicable; Unknown and Not met count against it. An entity whose every
        applicable criterion is answered Not applicable scores 100; one to which
        no criterion applies scores 0 and the scorecard does not list it.
      </Typography>

      <Typography variant="h6" component="h3">
        Target and gap
      </Typography>
      <Typography component="ul">
        <li>
          The annotation <code>{SRE_MATURITY_ANNOTATIONS.targetPhase}</code>{' '}
          sets a target phase for every area;{' '}
          <code>{targetPhaseAnnotation('<areaId>')}</code> sets one for one area
          and wins over the first. Without either, there is no target and no
          gap.
        </li>
        <li>
          An area's <strong>gap</strong> is how many phases it is short of its
          target (0 once reached). The entity's gap is its largest area gap; the
          tab says it in phases to go, e.g. "Target Walk: 2 phases to go" from
          Not started.
        </li>
        <li>
          The annotation <code>{SRE_MATURITY_ANNOTATIONS.exempt}</code>, whose
          value is the reason, leaves the entity out of the scorecard.
        </li>
      </Typography>
    </>
  );
}
