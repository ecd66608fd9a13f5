import {
  listCriteria,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';

const cache = new WeakMap<MaturityModel, ReadonlySet<string>>();

/** The ids of the model's criteria, computed once per model. */
export function criterionIds(model: MaturityModel): ReadonlySet<string> {
  let ids = cache.get(model);
  if (!ids) {
    ids = new Set(listCriteria(model).map(criterion => criterion.id));
    cache.set(model, ids);
  }
  return ids;
}
