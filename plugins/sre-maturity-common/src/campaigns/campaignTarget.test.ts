import { makeModel } from '../testing/makeModel';
import { MaturityModel } from '../model/types';
import {
  campaignAreaTargets,
  campaignNeeds,
  reachesCampaignTarget,
} from './campaignTarget';

const model: MaturityModel = makeModel({ a: [2, 1, 1], b: [1, 1, 1] });

describe('campaignAreaTargets', () => {
  it('asks each area its own phase, else the overall one', () => {
    expect(
      campaignAreaTargets(model, { overall: 'walk', areas: { b: 'crawl' } }),
    ).toEqual({ a: 'walk', b: 'crawl' });
    expect(campaignAreaTargets(model, { areas: { b: 'run' } })).toEqual({
      b: 'run',
    });
    expect(campaignAreaTargets(model, { criteria: ['a.crawl.c0'] })).toEqual(
      {},
    );
  });
});

describe('reachesCampaignTarget', () => {
  const targets = { a: 'walk', b: 'crawl' } as const;

  it('needs every area at its phase and every named criterion', () => {
    const satisfied = new Set(['b.run.c0']);
    expect(
      reachesCampaignTarget(targets, ['b.run.c0'], {
        areaRanks: { a: 2, b: 1 },
        satisfied,
      }),
    ).toBe(true);
    expect(
      reachesCampaignTarget(targets, ['b.run.c0'], {
        areaRanks: { a: 1, b: 3 },
        satisfied,
      }),
    ).toBe(false);
    expect(
      reachesCampaignTarget(targets, [], { areaRanks: { a: 3, b: 0 } }),
    ).toBe(false);
  });

  it('asks nothing of an area that does not apply (left out of the ranks)', () => {
    expect(reachesCampaignTarget(targets, [], { areaRanks: { a: 2 } })).toBe(
      true,
    );
  });

  it('counts named criteria as missing when they are not known', () => {
    expect(reachesCampaignTarget({}, ['a.crawl.c0'], { areaRanks: {} })).toBe(
      false,
    );
  });
});

describe('campaignNeeds', () => {
  const criterion = (id: string, status: 'met' | 'not-met') => ({
    criterionId: id,
    areaId: id.split('.')[0],
    phase: id.split('.')[1] as 'crawl' | 'walk' | 'run',
    status,
    origin: 'answer' as const,
    evidence: [],
    stale: false,
    expired: false,
  });
  const result = {
    areas: [
      {
        areaId: 'a',
        applicable: true,
        level: 'not-started' as const,
        progress: 0.5,
        gap: 0,
        criteria: [
          criterion('a.crawl.c0', 'met'),
          criterion('a.crawl.c1', 'not-met'),
          criterion('a.walk.c0', 'not-met'),
          criterion('a.run.c0', 'not-met'),
        ],
      },
      {
        areaId: 'b',
        applicable: true,
        level: 'crawl' as const,
        progress: 0,
        gap: 0,
        criteria: [
          criterion('b.crawl.c0', 'met'),
          criterion('b.walk.c0', 'not-met'),
          criterion('b.run.c0', 'met'),
        ],
      },
    ],
  };

  it('lists the areas below target with the criteria up to it, and the named criteria missing', () => {
    expect(
      campaignNeeds(
        model,
        { overall: 'walk', areas: { b: 'crawl' }, criteria: ['b.walk.c0'] },
        result,
      ),
    ).toEqual({
      areas: [
        {
          areaId: 'a',
          target: 'walk',
          level: 'not-started',
          criteria: ['a.crawl.c1', 'a.walk.c0'],
        },
      ],
      criteria: ['b.walk.c0'],
    });
  });

  it('needs nothing of an area that does not apply', () => {
    const notApplicable = {
      areas: [{ ...result.areas[0], applicable: false }, result.areas[1]],
    };
    expect(
      campaignNeeds(model, { areas: { a: 'run' } }, notApplicable),
    ).toEqual({ areas: [], criteria: [] });
  });

  it('needs nothing once the target is reached', () => {
    expect(
      campaignNeeds(
        model,
        { areas: { b: 'crawl' }, criteria: ['b.run.c0'] },
        result,
      ),
    ).toEqual({ areas: [], criteria: [] });
  });
});
