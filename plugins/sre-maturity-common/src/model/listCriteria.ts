import { Criterion, MaturityModel, PhaseId } from './types';

/**
 * A criterion together with the area and phase it belongs to.
 *
 * @public
 */
export type LocatedCriterion = Criterion & { areaId: string; phase: PhaseId };

/**
 * Every criterion of the model, in model order (area, then phase).
 *
 * @public
 */
export function listCriteria(model: MaturityModel): LocatedCriterion[] {
  return model.areas.flatMap(area =>
    area.phases.flatMap(phase =>
      phase.criteria.map(criterion => ({
        ...criterion,
        areaId: area.id,
        phase: phase.id,
      })),
    ),
  );
}

const criterionIdsByModel = new WeakMap<MaturityModel, ReadonlySet<string>>();

/**
 * The ids of the model's criteria, computed once per model.
 *
 * @public
 */
export function criterionIds(model: MaturityModel): ReadonlySet<string> {
  let ids = criterionIdsByModel.get(model);
  if (!ids) {
    ids = new Set(listCriteria(model).map(criterion => criterion.id));
    criterionIdsByModel.set(model, ids);
  }
  return ids;
}

/**
 * The criterion with the given id, or undefined.
 *
 * @public
 */
export function findCriterion(
  model: MaturityModel,
  id: string,
): LocatedCriterion | undefined {
  return listCriteria(model).find(criterion => criterion.id === id);
}
