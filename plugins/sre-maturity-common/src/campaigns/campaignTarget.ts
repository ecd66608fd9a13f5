import { findCriterion } from '../model/listCriteria';
import {
  AssessmentResult,
  MaturityLevel,
  MaturityModel,
  PhaseId,
  PHASES,
} from '../model/types';
import { isSatisfied } from '../scoring/isSatisfied';
import { levelRank } from '../scoring/levels';
import { CampaignNeeds, CampaignTarget } from '../schema/types';

/**
 * The phase a campaign asks of each area of the model: the area's own
 * phase, else the overall one; areas it asks nothing of are left out.
 *
 * @public
 */
export function campaignAreaTargets(
  model: MaturityModel,
  target: CampaignTarget,
): Record<string, PhaseId> {
  const targets: Record<string, PhaseId> = {};
  for (const area of model.areas) {
    const phase = target.areas?.[area.id] ?? target.overall;
    if (phase) {
      targets[area.id] = phase;
    }
  }
  return targets;
}

/**
 * Where an entity stands, as the scorecard stores it: the level rank per
 * area id, and the criteria met or not applicable when known.
 *
 * @public
 */
export interface CampaignStandingInput {
  areaRanks: Record<string, number>;
  satisfied?: ReadonlySet<string>;
}

/**
 * Whether an entity reaches a campaign's target: each area at or above the
 * phase asked of it and each named criterion met or not applicable. An area
 * `areaRanks` leaves out does not apply to the entity and asks nothing.
 * Named criteria count as missing when `satisfied` is unknown.
 *
 * @public
 */
export function reachesCampaignTarget(
  areaTargets: Record<string, PhaseId>,
  criteria: readonly string[],
  standing: CampaignStandingInput,
): boolean {
  return (
    Object.entries(areaTargets).every(
      ([areaId, phase]) =>
        !(areaId in standing.areaRanks) ||
        standing.areaRanks[areaId] >= levelRank(phase),
    ) &&
    criteria.every(criterionId => standing.satisfied?.has(criterionId) ?? false)
  );
}

/**
 * What an assessed entity still needs for a campaign: per applicable area below the
 * phase asked of it, the criteria of that phase and the earlier ones not
 * yet met or not applicable; and the named criteria not yet met or not
 * applicable.
 *
 * @public
 */
export function campaignNeeds(
  model: MaturityModel,
  target: CampaignTarget,
  result: Pick<AssessmentResult, 'areas'>,
): CampaignNeeds {
  const areaTargets = campaignAreaTargets(model, target);
  const satisfied = new Set(
    result.areas.flatMap(area =>
      area.criteria.filter(isSatisfied).map(c => c.criterionId),
    ),
  );
  const areas = result.areas.flatMap(area => {
    const phase = areaTargets[area.areaId];
    if (
      !phase ||
      !area.applicable ||
      levelRank(area.level) >= levelRank(phase)
    ) {
      return [];
    }
    const phases = PHASES.slice(0, PHASES.indexOf(phase) + 1) as PhaseId[];
    return [
      {
        areaId: area.areaId,
        target: phase,
        level: area.level as MaturityLevel,
        criteria: area.criteria
          .filter(c => phases.includes(c.phase) && !isSatisfied(c))
          .map(c => c.criterionId),
      },
    ];
  });
  const criteria = (target.criteria ?? []).filter(
    id => findCriterion(model, id) && !satisfied.has(id),
  );
  return { areas, criteria };
}
