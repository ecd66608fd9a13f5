import { MaturityModel } from '@sre-maturity/backstage-plugin-common';

/**
 * Keeps the per-area results of areas in the model: results of areas no
 * longer in the model stay in the database until the next sync.
 */
export function modelAreasOnly(
  model: MaturityModel,
): <T>(areas: Record<string, T>) => Record<string, T> {
  const areaIds = new Set(model.areas.map(area => area.id));
  return areas =>
    Object.fromEntries(
      Object.entries(areas).filter(([areaId]) => areaIds.has(areaId)),
    );
}
