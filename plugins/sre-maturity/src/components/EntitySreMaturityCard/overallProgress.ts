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
  /** Criteria of that phase and the earlier ones, over every area. */
  satisfied: number;
  total: number;
  /** Areas that have reached it. */
  areasThere: number;
  areas: number;
}

/**
 * Progress toward the phase after the overall one: every area must reach
 * it, so it counts the criteria of it and the phases before it in every
 * area. Undefined once the overall phase is Run.
 */
export function overallProgress(
  views: AreaView[],
  overall: MaturityLevel,
): OverallProgress | undefined {
  const phase = PHASES[levelRank(overall)];
  if (!phase) {
    return undefined;
  }
  const rank = levelRank(phase);
  const criteria = views.flatMap(view =>
    view.phases
      .filter(p => levelRank(p.phase.id) <= rank)
      .flatMap(p => p.criteria),
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
