import {
  Criterion,
  isSatisfied,
  levelRank,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { AreaView, CriterionView } from './buildAreaViews';

/** What stands between an area and its next phase. */
export interface NextStep {
  view: AreaView;
  phase: PhaseId;
  /** Those the catalog can prove first. */
  criteria: CriterionView[];
}

/** Whether an annotation or link in `catalog-info.yaml` can meet it. */
export function canComeFromCatalog(criterion: Criterion): boolean {
  const rule = criterion.evidence;
  return Boolean(rule?.annotations?.length || rule?.linkTypes?.length);
}

function fromCatalogCount(step: NextStep): number {
  return step.criteria.filter(c => canComeFromCatalog(c.criterion)).length;
}

/**
 * Per area not at Run yet: the criteria of its next phase that are not met
 * or not applicable (earlier phases are complete by definition), most
 * useful first: areas behind their target, then those on the earliest
 * phase (the weakest area sets the overall phase), then those the catalog
 * can prove most of (quick and checkable, rather than a judgement call),
 * then those with least left to do, then in model order.
 */
export function nextSteps(views: AreaView[]): NextStep[] {
  const steps = views.flatMap(view => {
    const phase = view.result.nextPhase;
    const phaseView = view.phases.find(p => p.phase.id === phase);
    if (!phase || !phaseView) {
      return [];
    }
    const open = phaseView.criteria.filter(c => !isSatisfied(c.result));
    const criteria = [
      ...open.filter(c => canComeFromCatalog(c.criterion)),
      ...open.filter(c => !canComeFromCatalog(c.criterion)),
    ];
    return criteria.length ? [{ view, phase, criteria }] : [];
  });
  // Array.prototype.sort is stable: ties keep the model order.
  return steps.sort(
    (a, b) =>
      Number(b.view.result.gap > 0) - Number(a.view.result.gap > 0) ||
      levelRank(a.phase) - levelRank(b.phase) ||
      fromCatalogCount(b) - fromCatalogCount(a) ||
      a.criteria.length - b.criteria.length,
  );
}
