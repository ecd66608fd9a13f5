import {
  emptyLevelCounts,
  GroupRow,
} from '@sre-maturity/backstage-plugin-common';
import { sumGroupRows } from './sumGroupRows';

const row = (
  key: string,
  entities: number,
  averageScore: number,
  more: Partial<GroupRow> = {},
): GroupRow => ({
  key,
  entities,
  averageScore,
  overall: { ...emptyLevelCounts(), crawl: entities },
  areas: {},
  stale: 0,
  belowTarget: 0,
  ...more,
});

describe('sumGroupRows', () => {
  it('adds counts and weights the average by entities', () => {
    expect(
      sumGroupRows('group:default/org', [
        row('group:default/a', 3, 20, {
          areas: { ops: { ...emptyLevelCounts(), walk: 3 } },
          stale: 1,
        }),
        row('group:default/b', 1, 60, {
          areas: {
            ops: { ...emptyLevelCounts(), run: 1 },
            sec: { ...emptyLevelCounts(), 'not-started': 1 },
          },
          belowTarget: 1,
        }),
      ]),
    ).toEqual({
      key: 'group:default/org',
      entities: 4,
      averageScore: 30,
      overall: { ...emptyLevelCounts(), crawl: 4 },
      areas: {
        ops: { ...emptyLevelCounts(), walk: 3, run: 1 },
        sec: { ...emptyLevelCounts(), 'not-started': 1 },
      },
      stale: 1,
      belowTarget: 1,
    });
  });

  it('answers zeros for no rows', () => {
    expect(sumGroupRows('group:default/empty', [])).toEqual({
      key: 'group:default/empty',
      entities: 0,
      averageScore: 0,
      overall: emptyLevelCounts(),
      areas: {},
      stale: 0,
      belowTarget: 0,
    });
  });
});
