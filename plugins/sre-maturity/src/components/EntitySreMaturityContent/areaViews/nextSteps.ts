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
  /** Those the catalog or the repository can prove first. */
  criteria: CriterionView[];
}

/**
 * Whether the entity's catalog-info.yaml can meet it: an annotation, a link
 * by type, its TechDocs or a declared relation.
 */
export function canComeFromCatalog(criterion: Criterion): boolean {
  const rule = criterion.evidence;
  return Boolean(
    rule?.annotations?.length ||
      rule?.linkTypes?.length ||
      rule?.techDocs ||
      rule?.relations?.length,
  );
}

/** Whether a file in the entity's repository can meet it. */
export function canComeFromRepository(criterion: Criterion): boolean {
  return Boolean(criterion.evidence?.files?.length);
}

/** Whether evidence can meet it, rather than only the team's answer. */
function canBeProven(criterion: Criterion): boolean {
  return canComeFromCatalog(criterion) || canComeFromRepository(criterion);
}

function provenCount(step: NextStep): number {
  return step.criteria.filter(c => canBeProven(c.criterion)).length;
}

/**
 * The criteria of the area's next phase that are neither met nor not
 * applicable (earlier phases are complete by definition); none at Run.
 */
export function openCriteria(view: AreaView): CriterionView[] {
  const phaseView = view.phases.find(p => p.phase.id === view.result.nextPhase);
  return phaseView?.criteria.filter(c => !isSatisfied(c.result)) ?? [];
}

/**
 * Per area not at Run yet: the criteria of its next phase that are not met
 * or not applicable, most useful first: areas behind their target, then
 * those on the earliest phase (the weakest area sets the overall phase),
 * then those evidence can prove most of (quick and checkable, rather than a
 * judgement call),
 * then those with least left to do, then in model order.
 */
export function nextSteps(views: AreaView[]): NextStep[] {
  const steps = views.flatMap(view => {
    const phase = view.result.nextPhase;
    const open = openCriteria(view);
    const criteria = [
      ...open.filter(c => canBeProven(c.criterion)),
      ...open.filter(c => !canBeProven(c.criterion)),
    ];
    return phase && criteria.length ? [{ view, phase, criteria }] : [];
  });
  // Array.prototype.sort is stable: ties keep the model order.
  return steps.sort(
    (a, b) =>
      Number(b.view.result.gap > 0) - Number(a.view.result.gap > 0) ||
      levelRank(a.phase) - levelRank(b.phase) ||
      provenCount(b) - provenCount(a) ||
      a.criteria.length - b.criteria.length,
  );
}
