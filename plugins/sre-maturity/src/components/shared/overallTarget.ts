import {
  Area,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { EntityAssessment } from '../../api';
import { formatGap, formatPhasesShort } from './format';

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

/**
 * The entity's gap: that of the area furthest behind its target. When that
 * target is an area's own, not the overall one, the area is named, since
 * "3 phases short of Walk" would be untrue of a Walk target:
 * "3 phases short (Observability targets Run)".
 */
export function formatOverallGap(fields: TargetFields, areas: Area[]): string {
  const { assessment } = fields;
  if (!hasTargets(fields)) {
    return 'No target';
  }
  if (assessment.gap <= 0) {
    return 'Target reached';
  }
  const furthest = assessment.areas.filter(a => a.gap === assessment.gap);
  const ownTarget = furthest.find(a => a.target !== fields.targets.overall);
  if (!ownTarget?.target) {
    return formatGap(assessment.gap, fields.targets.overall)!;
  }
  const title =
    areas.find(a => a.id === ownTarget.areaId)?.title ?? ownTarget.areaId;
  return `${formatPhasesShort(assessment.gap)} (${title} targets ${
    MATURITY_LEVEL_TITLES[ownTarget.target]
  })`;
}
