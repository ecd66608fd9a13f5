import {
  Area,
  levelRank,
  MATURITY_LEVEL_TITLES,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { EntityAssessment } from '../../api';

type TargetFields = Pick<EntityAssessment, 'assessment' | 'targets'>;

/** Whether the entity has an overall or any per-area target. */
export function hasTargets({ targets }: TargetFields): boolean {
  return Boolean(targets.overall) || Object.keys(targets.areas).length > 0;
}

/** The entity's target phase: "Walk", "Per area" or "None set". */
export function formatOverallTarget(fields: TargetFields): string {
  if (fields.targets.overall) {
    return MATURITY_LEVEL_TITLES[fields.targets.overall];
  }
  return hasTargets(fields) ? 'Per area' : 'None set';
}

/** "Walk: 2 phases to go", or "Walk: reached". */
function toGo(target: PhaseId, phases: number): string {
  const title = MATURITY_LEVEL_TITLES[target];
  return phases > 0
    ? `${title}: ${phases} phase${phases === 1 ? '' : 's'} to go`
    : `${title}: reached`;
}

/**
 * How far the entity is from its targets, in steps a reader can count from
 * the phases shown: the overall target from the overall phase ("Target
 * Walk: 2 phases to go" from Not started), then each area behind a target of its
 * own ("Observability targets Run: 3 phases to go"), furthest first. Empty
 * without targets.
 */
export function describeTargetGaps(
  fields: TargetFields,
  areas: Area[],
): string[] {
  const { assessment, targets } = fields;
  const lines: string[] = [];
  if (targets.overall) {
    lines.push(
      `Target ${toGo(
        targets.overall,
        Math.max(0, levelRank(targets.overall) - levelRank(assessment.overall)),
      )}`,
    );
  }
  const ownBehind = assessment.areas
    .filter(a => a.target && a.gap > 0 && targets.areas[a.areaId])
    .sort((a, b) => b.gap - a.gap);
  for (const area of ownBehind) {
    const title = areas.find(a => a.id === area.areaId)?.title ?? area.areaId;
    lines.push(`${title} targets ${toGo(area.target!, area.gap)}`);
  }
  if (!lines.length && hasTargets(fields)) {
    lines.push('Every area has reached its target');
  }
  return lines;
}
