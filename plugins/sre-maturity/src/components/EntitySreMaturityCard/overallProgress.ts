import {
  isSatisfied,
  levelRank,
  MaturityLevel,
  PHASES,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { AreaView } from '../EntitySreMaturityContent/areaViews/buildAreaViews';

/** How far the entity is toward its next overall phase. */
export interface OverallProgress {
  phase: PhaseId;
  /**
   * Criteria of that phase and the earlier ones that apply to the entity,
   * over every area that applies.
   */
  satisfied: number;
  total: number;
  /** Areas that have reached it. */
  areasThere: number;
  areas: number;
}

/**
 * Progress toward the phase after the overall one: every area must reach
 * it, so it counts the criteria of it and the phases before it in every
 * area that applies. Undefined once the overall phase is Run.
 */
export function overallProgress(
  allViews: AreaView[],
  overall: MaturityLevel,
): OverallProgress | undefined {
  // An area that does not apply to the entity asks nothing of it.
  const views = allViews.filter(view => view.result.applicable);
  const phase = PHASES[levelRank(overall)];
  if (!phase) {
    return undefined;
  }
  const rank = levelRank(phase);
  const criteria = views.flatMap(view =>
    view.phases
      .filter(p => levelRank(p.phase.id) <= rank)
      .flatMap(p => p.criteria)
      .filter(c => c.result.origin !== 'model'),
  );
  return {
    phase,
    satisfied: criteria.filter(c => isSatisfied(c.result)).length,
    total: criteria.length,
    areasThere: views.filter(view => levelRank(view.result.level) >= rank)
      .length,
    areas: views.length,
  };
}
