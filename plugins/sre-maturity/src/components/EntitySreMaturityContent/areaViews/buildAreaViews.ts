import {
  Area,
  AreaResult,
  AssessmentResult,
  Criterion,
  CriterionResult,
  MaturityModel,
  PhaseDefinition,
} from '@sre-maturity/backstage-plugin-common';

/** @internal */
export interface CriterionView {
  criterion: Criterion;
  result: CriterionResult;
}

/** @internal */
export interface PhaseView {
  phase: PhaseDefinition;
  criteria: CriterionView[];
}

/** @internal */
export interface AreaView {
  area: Area;
  result: AreaResult;
  phases: PhaseView[];
}

/**
 * Joins the model (titles, guidance) with an assessment (statuses), in model
 * order. Areas and criteria the assessment lacks are left out: they were
 * added to the model after the assessment was computed.
 */
export function buildAreaViews(
  model: MaturityModel,
  assessment: AssessmentResult,
): AreaView[] {
  const areaResults = new Map(assessment.areas.map(a => [a.areaId, a]));
  return model.areas.flatMap(area => {
    const result = areaResults.get(area.id);
    if (!result) {
      return [];
    }
    const criterionResults = new Map(
      result.criteria.map(c => [c.criterionId, c]),
    );
    const phases = area.phases.map(phase => ({
      phase,
      criteria: phase.criteria.flatMap(criterion => {
        const criterionResult = criterionResults.get(criterion.id);
        return criterionResult ? [{ criterion, result: criterionResult }] : [];
      }),
    }));
    return [{ area, result, phases }];
  });
}
