import {
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
  PHASES,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { formatPercent } from '../../shared/format';

/** The phase an area works toward next; undefined once Run is reached. */
export function nextPhaseOf(level: MaturityLevel): PhaseId | undefined {
  return level === 'not-started'
    ? PHASES[0]
    : PHASES[PHASES.indexOf(level) + 1];
}

/**
 * What a screen reader says for a heatmap cell, e.g.
 * `Observability: Walk, 40% to Run`; without progress just the level.
 */
export function phaseCellLabel(
  title: string,
  level: MaturityLevel,
  progress?: number,
): string {
  const next = nextPhaseOf(level);
  const reached = `${title}: ${MATURITY_LEVEL_TITLES[level]}`;
  return next && progress !== undefined
    ? `${reached}, ${formatPercent(progress)} to ${MATURITY_LEVEL_TITLES[next]}`
    : reached;
}

/**
 * The progress a cell shows beside its bar, e.g. `40% → Walk`: a percentage
 * alone does not say toward which phase. Undefined once Run is reached.
 */
export function phaseProgressText(
  level: MaturityLevel,
  progress: number,
): string | undefined {
  const next = nextPhaseOf(level);
  return next && `${formatPercent(progress)} → ${MATURITY_LEVEL_TITLES[next]}`;
}
