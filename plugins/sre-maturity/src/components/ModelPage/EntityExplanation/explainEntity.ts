import {
  AssessmentResult,
  MaturityModel,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import {
  AreaView,
  buildAreaViews,
  CriterionView,
} from '../../EntitySreMaturityContent/areaViews/buildAreaViews';
import { openCriteria } from '../../EntitySreMaturityContent/areaViews/nextSteps';

/** Why an area is where it is: what stands between it and its next phase. */
export interface AreaExplanation {
  view: AreaView;
  /** The phase the open criteria belong to; absent once Run is reached. */
  nextPhase?: PhaseId;
  /** The next phase's criteria that are neither met nor not applicable. */
  open: CriterionView[];
}

/**
 * Per area of the model, in order, the criteria that keep it from its next
 * phase: for an area Not started, those that block Crawl.
 */
export function explainEntity(
  model: MaturityModel,
  assessment: AssessmentResult,
): AreaExplanation[] {
  return buildAreaViews(model, assessment).map(view => ({
    view,
    nextPhase: view.result.nextPhase,
    open: openCriteria(view),
  }));
}
