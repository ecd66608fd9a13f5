import { PhaseId } from '@sre-maturity/backstage-plugin-common';
import { AreaView, CriterionView, isSatisfied } from './buildAreaViews';

/** What stands between an area and its next phase. */
export interface NextStep {
  view: AreaView;
  phase: PhaseId;
  criteria: CriterionView[];
}

/**
 * Per area not at Run yet: the criteria of its next phase that are not met
 * or not applicable. Earlier phases are complete by definition.
 */
export function nextSteps(views: AreaView[]): NextStep[] {
  return views.flatMap(view => {
    const phase = view.result.nextPhase;
    const phaseView = view.phases.find(p => p.phase.id === phase);
    if (!phase || !phaseView) {
      return [];
    }
    const criteria = phaseView.criteria.filter(c => !isSatisfied(c.result));
    return criteria.length ? [{ view, phase, criteria }] : [];
  });
}
