import { MaturityModel, PHASES } from '../model/types';

/**
 * A model for tests: one area per key, with the given number of criteria per
 * phase; criterion ids are `<area>.<phase>.c<n>`.
 */
export function makeModel(
  shape: Record<string, [number, number, number]>,
): MaturityModel {
  return {
    areas: Object.entries(shape).map(([areaId, counts]) => ({
      id: areaId,
      title: `Area ${areaId}`,
      description: '',
      phases: PHASES.map((phase, p) => ({
        id: phase,
        summary: '',
        criteria: Array.from({ length: counts[p] }, (_, n) => ({
          id: `${areaId}.${phase}.c${n}`,
          title: `Criterion ${n}`,
          description: '',
          guidance: '',
          source: 'custom' as const,
        })),
      })),
    })),
  };
}
