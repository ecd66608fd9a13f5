import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { makeStyles } from '@material-ui/core/styles';
import {
  listCriteria,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EntityAssessment } from '../../../api';
import { EntityCampaigns } from '../../EntityCampaigns';
import { areaHeaderId } from '../AreaAccordion/AreaAccordion';
import { AreaList } from '../AreaList/AreaList';
import { AssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { AssessmentOverview } from '../AssessmentOverview/AssessmentOverview';
import { buildAreaViews } from '../areaViews/buildAreaViews';
import { nextSteps } from '../areaViews/nextSteps';
import { CatalogSnippetCard } from '../CatalogSnippetCard/CatalogSnippetCard';
import { ConflictPanel } from '../ConflictPanel/ConflictPanel';
import { criterionElementId } from '../CriterionItem/CriterionItem';
import { GettingStarted } from '../GettingStarted/GettingStarted';
import { HistoryCard } from '../HistoryCard/HistoryCard';
import { NextStepsCard } from '../NextStepsCard/NextStepsCard';
import { ReadOnlyNotice } from '../ReadOnlyNotice/ReadOnlyNotice';
import { SaveBar } from '../SaveBar/SaveBar';
import { TrendCard } from '../TrendCard/TrendCard';
import { UnsavedChangesDialog } from '../UnsavedChangesDialog/UnsavedChangesDialog';
import { useAssessmentEditor } from '../hooks/useAssessmentEditor';

const useStyles = makeStyles(theme => ({
  // One track no wider than the column holds the cards to its width, so the
  // snippet scrolls inside its card; a wrapping flex column (a nested Grid
  // container) grows as wide as its widest content and runs off the window.
  sideColumn: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: theme.spacing(3),
    // Beside a taller area list, the cards keep their own height.
    alignContent: 'start',
  },
}));

/** The loaded tab: overview, areas with their criteria, guidance, history. */
export function AssessmentView(props: {
  model: MaturityModel;
  staleAfterDays: number;
  initial: EntityAssessment;
  canEdit: boolean;
  /** Whether the permission is still being checked. */
  permissionLoading: boolean;
}) {
  const { model, staleAfterDays, initial, canEdit, permissionLoading } = props;
  const classes = useStyles();
  const editor = useAssessmentEditor(model, initial);
  const { assessment } = editor;
  const entityRef = assessment.entity.entityRef;
  const views = useMemo(
    () => buildAreaViews(model, assessment.assessment),
    [model, assessment],
  );
  const criterionTitles = useMemo(
    () => new Map(listCriteria(model).map(c => [c.id, c.title])),
    [model],
  );

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((areaId: string) => {
    setExpanded(previous => {
      const next = new Set(previous);
      if (!next.delete(areaId)) {
        next.add(areaId);
      }
      return next;
    });
  }, []);

  // Opening an area for the user (to start, or from a next step) brings
  // the element into view once it is rendered.
  const [scrollTarget, setScrollTarget] = useState<string>();
  useEffect(() => {
    if (scrollTarget) {
      document
        .getElementById(scrollTarget)
        ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      setScrollTarget(undefined);
    }
  }, [scrollTarget]);
  const showInArea = useCallback((areaId: string, elementId: string) => {
    setExpanded(previous => new Set([...previous, areaId]));
    setScrollTarget(elementId);
  }, []);
  const showCriterion = useCallback(
    (areaId: string, criterionId: string) =>
      showInArea(areaId, criterionElementId(criterionId)),
    [showInArea],
  );
  // The first area suggested, not the model's first, which is a judgement call.
  const start = useCallback(() => {
    const first = nextSteps(views)[0]?.view.area.id ?? views[0]?.area.id;
    if (first) {
      showInArea(first, areaHeaderId(first));
    }
  }, [views, showInArea]);

  // Opens the areas whose answers have errors, again on each stopped save,
  // so the errors are seen.
  const { criteriaWithErrors, blockedSaves } = editor;
  useEffect(() => {
    const areaIds = views
      .filter(view =>
        view.phases.some(phase =>
          phase.criteria.some(c => criteriaWithErrors.includes(c.criterion.id)),
        ),
      )
      .map(view => view.area.id);
    // Unchanged when they are open already: typing re-renders no area.
    setExpanded(previous =>
      areaIds.every(id => previous.has(id))
        ? previous
        : new Set([...previous, ...areaIds]),
    );
  }, [views, criteriaWithErrors, blockedSaves]);

  // A save stopped by field errors brings the first into view, once the
  // areas just opened for it are rendered.
  const root = useRef<HTMLDivElement>(null);
  const scrollToError = useRef(false);
  useEffect(() => {
    scrollToError.current = blockedSaves > 0;
  }, [blockedSaves]);
  useEffect(() => {
    const field = scrollToError.current
      ? root.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        root.current?.querySelector<HTMLElement>('.Mui-error')
      : undefined;
    if (field) {
      scrollToError.current = false;
      field.scrollIntoView({ behavior: 'smooth', block: 'center' });
      field.focus({ preventScroll: true });
    }
  }, [blockedSaves, expanded]);

  const contextValue = useMemo(() => ({ editor, canEdit }), [editor, canEdit]);

  return (
    <AssessmentEditorContext.Provider value={contextValue}>
      <EntityCampaigns
        entityRef={entityRef}
        model={model}
        variant="card"
        revision={assessment.revision}
      />
      <Grid container spacing={3} ref={root}>
        <Grid item xs={12}>
          <AssessmentOverview
            assessment={assessment}
            areas={model.areas}
            staleAfterDays={staleAfterDays}
          />
        </Grid>
        {!permissionLoading && !canEdit && (
          <Grid item xs={12}>
            <ReadOnlyNotice />
          </Grid>
        )}
        {editor.conflict && (
          <Grid item xs={12}>
            <ConflictPanel criterionTitles={criterionTitles} />
          </Grid>
        )}
        <Grid item xs={12} lg={8} zeroMinWidth>
          {!assessment.assessment.lastAssessedAt && (
            <Box mb={2}>
              <GettingStarted canEdit={canEdit} onStart={start} />
            </Box>
          )}
          <AreaList views={views} expanded={expanded} onToggle={toggle} />
          <SaveBar />
          <UnsavedChangesDialog count={Object.keys(editor.drafts).length} />
        </Grid>
        <Grid item xs={12} lg={4} zeroMinWidth className={classes.sideColumn}>
          <NextStepsCard views={views} onShowCriterion={showCriterion} />
          <CatalogSnippetCard
            views={views}
            targets={assessment.targets}
            entityName={assessment.entity.name}
          />
        </Grid>
        <Grid item xs={12} md={6} zeroMinWidth>
          <TrendCard
            entityRef={entityRef}
            revision={assessment.revision}
            areas={model.areas}
          />
        </Grid>
        <Grid item xs={12} md={6} zeroMinWidth>
          <HistoryCard
            entityRef={entityRef}
            revision={assessment.revision}
            criterionTitles={criterionTitles}
          />
        </Grid>
      </Grid>
    </AssessmentEditorContext.Provider>
  );
}
