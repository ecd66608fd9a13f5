import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { describeEntityFacts } from '../../shared/describeApplicability';
import { formatGap } from '../../shared/format';
import { MaturityLevelChip } from '../../shared/MaturityLevelChip';
import { PhaseProgression } from '../../shared/PhaseProgression';
import { useAssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { AreaView } from '../areaViews/buildAreaViews';
import { PhaseCriteria } from '../PhaseCriteria/PhaseCriteria';

/** The id of an area's header, to bring it into view. */
export function areaHeaderId(areaId: string): string {
  return `sre-maturity-area-${areaId}`;
}

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
    width: '100%',
  },
  title: { minWidth: 180, flex: 1 },
  details: { display: 'block' },
}));

/**
 * One area: its level and Crawl/Walk/Run progression, opening to its
 * criteria grouped by phase.
 */
export function AreaAccordion(props: {
  view: AreaView;
  expanded: boolean;
  onToggle(): void;
}) {
  const { view, expanded, onToggle } = props;
  const { area, result } = view;
  const classes = useStyles();
  const { editor } = useAssessmentEditorContext();
  const unsaved = view.phases
    .flatMap(p => p.criteria)
    .filter(c => editor.drafts[c.criterion.id]).length;
  const gap = formatGap(result.gap, result.target);
  const headerId = areaHeaderId(area.id);

  return (
    <Accordion expanded={expanded} onChange={onToggle}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={headerId}
        aria-controls={`${headerId}-content`}
      >
        <div className={classes.summary}>
          <Typography variant="h6" component="h2" className={classes.title}>
            {area.title}
          </Typography>
          {result.applicable ? (
            <>
              <MaturityLevelChip level={result.level} />
              <PhaseProgression
                level={result.level}
                nextPhase={result.nextPhase}
                progress={result.progress}
              />
            </>
          ) : (
            <Chip size="small" variant="outlined" label="Does not apply" />
          )}
          {gap && (
            <Typography variant="body2" color="textSecondary">
              {gap}
            </Typography>
          )}
          {unsaved > 0 && (
            <Chip size="small" color="primary" label={`${unsaved} unsaved`} />
          )}
        </div>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        <Typography variant="body2" paragraph>
          {area.description}
        </Typography>
        {!result.applicable && (
          <Typography variant="body2" color="textSecondary" paragraph>
            No criterion of this area applies to this entity (
            {describeEntityFacts(editor.assessment.entity)}): it is left out of
            the overall phase and the score.
          </Typography>
        )}
        {expanded &&
          view.phases.map(phaseView => (
            <PhaseCriteria key={phaseView.phase.id} view={phaseView} />
          ))}
      </AccordionDetails>
    </Accordion>
  );
}
