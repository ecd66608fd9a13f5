import { InputError } from '@backstage/errors';
import { makeModel } from '../testing/makeModel';
import { AreaInput, buildModel, ModelOverrides } from './buildModel';
import { findCriterion, listCriteria } from './listCriteria';

const base = makeModel({ a: [2, 1, 1], b: [1, 1, 1] });

function problemsOf(overrides: ModelOverrides): string[] {
  try {
    buildModel(base, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected buildModel to throw');
}

const newArea: AreaInput = {
  id: 'cost',
  title: 'Cost',
  phases: {
    crawl: {
      summary: 'Known',
      criteria: [{ id: 'known', title: 'Known', description: 'd' }],
    },
    walk: {
      summary: 'Tracked',
      criteria: [
        {
          id: 'cost.walk.tracked',
          title: 'Tracked',
          description: 'd',
          guidance: 'g',
          evidence: { annotations: ['example.com/cost-center'] },
        },
      ],
    },
    run: {
      summary: 'Optimised',
      criteria: [{ id: 'optimised', title: 'O', description: 'd' }],
    },
  },
};

describe('buildModel', () => {
  it('returns the base model unchanged without overrides', () => {
    expect(buildModel(base, {})).toEqual(base);
  });

  it('adds areas after the base areas, completing slug ids', () => {
    const model = buildModel(base, { areas: [newArea] });
    expect(model.areas.map(a => a.id)).toEqual(['a', 'b', 'cost']);
    expect(model.areas[2]).toMatchObject({ title: 'Cost', description: '' });
    expect(listCriteria({ areas: [model.areas[2]] })).toEqual([
      {
        id: 'cost.crawl.known',
        title: 'Known',
        description: 'd',
        guidance: '',
        source: 'custom',
        areaId: 'cost',
        phase: 'crawl',
      },
      {
        id: 'cost.walk.tracked',
        title: 'Tracked',
        description: 'd',
        guidance: 'g',
        source: 'custom',
        evidence: { annotations: ['example.com/cost-center'] },
        areaId: 'cost',
        phase: 'walk',
      },
      {
        id: 'cost.run.optimised',
        title: 'O',
        description: 'd',
        guidance: '',
        source: 'custom',
        areaId: 'cost',
        phase: 'run',
      },
    ]);
  });

  it('replaces the base areas when replace is set', () => {
    const model = buildModel(base, { replace: true, areas: [newArea] });
    expect(model.areas.map(a => a.id)).toEqual(['cost']);
  });

  it('overrides only the fields given, replacing the evidence rule', () => {
    const model = buildModel(base, {
      criteria: [
        {
          id: 'a.crawl.c0',
          title: 'New title',
          evidence: { linkTypes: ['slo'] },
        },
      ],
    });
    expect(findCriterion(model, 'a.crawl.c0')).toEqual({
      id: 'a.crawl.c0',
      title: 'New title',
      description: '',
      guidance: '',
      source: 'custom',
      evidence: { linkTypes: ['slo'] },
      areaId: 'a',
      phase: 'crawl',
    });
    expect(findCriterion(base, 'a.crawl.c0')?.title).toBe('Criterion 0');
  });

  it('adds criteria by full id or by slug with area and phase', () => {
    const model = buildModel(base, {
      criteria: [
        { id: 'b.walk.extra', title: 'Extra', description: 'd' },
        {
          id: 'other',
          area: 'a',
          phase: 'run',
          title: 'Other',
          description: 'd',
          guidance: 'g',
        },
      ],
    });
    expect(findCriterion(model, 'b.walk.extra')).toMatchObject({
      source: 'custom',
      guidance: '',
    });
    expect(findCriterion(model, 'a.run.other')).toMatchObject({
      title: 'Other',
      guidance: 'g',
    });
    expect(model.areas[0].phases[2].criteria.map(c => c.id)).toEqual([
      'a.run.c0',
      'a.run.other',
    ]);
  });

  it('drops disabled criteria', () => {
    const model = buildModel(base, { disabled: ['a.crawl.c1'] });
    expect(findCriterion(model, 'a.crawl.c1')).toBeUndefined();
    expect(listCriteria(model)).toHaveLength(6);
  });

  describe('rejects, naming the configuration key', () => {
    it('a bad annotation key', () => {
      expect(() =>
        buildModel(base, {
          criteria: [
            { id: 'a.crawl.c0' },
            { id: 'a.crawl.c1' },
            {
              id: 'a.walk.c0',
              evidence: { annotations: ['ok.io/x', 'not a key!'] },
            },
          ],
        }),
      ).toThrow(
        'sreMaturity.model.criteria[2].evidence.annotations[1]: "not a key!" is not a valid annotation key',
      );
    });

    it('a bad annotation key in a new area', () => {
      const area = structuredClone(newArea);
      area.phases.walk.criteria![0].evidence = { annotations: ['bad key'] };
      expect(problemsOf({ areas: [area] })).toEqual([
        'sreMaturity.model.areas[0].phases.walk.criteria[0].evidence.annotations[0]: "bad key" is not a valid annotation key',
      ]);
    });

    it('an unknown area', () => {
      expect(
        problemsOf({
          criteria: [
            { id: 'x.crawl.y', title: 'T', description: 'd' },
            { id: 'y', area: 'x', phase: 'walk', title: 'T', description: 'd' },
          ],
        }),
      ).toEqual([
        'sreMaturity.model.criteria[0].id: unknown area "x"',
        'sreMaturity.model.criteria[1].area: unknown area "x"',
      ]);
    });

    it('criteria of replaced areas', () => {
      expect(
        problemsOf({
          replace: true,
          areas: [newArea],
          criteria: [{ id: 'a.crawl.c0', title: 'T' }],
        }),
      ).toEqual(['sreMaturity.model.criteria[0].id: unknown area "a"']);
    });

    it('duplicate ids', () => {
      const area = structuredClone(newArea);
      area.phases.crawl.criteria!.push({
        id: 'cost.crawl.known',
        title: 'T',
        description: 'd',
      });
      expect(
        problemsOf({
          areas: [
            area,
            { ...newArea, title: 'Again' },
            { ...newArea, id: 'a' },
          ],
          criteria: [
            { id: 'a.crawl.c0', title: 'One' },
            { id: 'c0', area: 'a', phase: 'crawl', title: 'Two' },
          ],
        }),
      ).toEqual([
        'sreMaturity.model.areas[0].phases.crawl.criteria[1].id: duplicate criterion id "cost.crawl.known"',
        'sreMaturity.model.areas[1].id: duplicate area id "cost"',
        'sreMaturity.model.areas[2].id: duplicate area id "a"',
        'sreMaturity.model.criteria[1].id: duplicate criterion id "a.crawl.c0" (also at sreMaturity.model.criteria[0])',
      ]);
    });

    it('ids that do not match their area and phase', () => {
      const area = structuredClone(newArea);
      area.phases.run.criteria![0].id = 'cost.walk.x';
      expect(
        problemsOf({
          areas: [area],
          criteria: [
            { id: 'a.crawl.x', area: 'b', title: 'T', description: 'd' },
            { id: 'a.crawl.x', phase: 'run', title: 'T', description: 'd' },
            { id: 'a.sprint.x', title: 'T', description: 'd' },
            { id: 'x', title: 'T', description: 'd' },
            { id: 'Bad Slug', area: 'a', phase: 'run' },
          ],
        }),
      ).toEqual([
        'sreMaturity.model.areas[0].phases.run.criteria[0].id: "cost.walk.x" does not match its area and phase (expected "<slug>" or "cost.run.<slug>")',
        'sreMaturity.model.criteria[0].area: "b" does not match the id "a.crawl.x"',
        'sreMaturity.model.criteria[1].phase: "run" does not match the id "a.crawl.x"',
        'sreMaturity.model.criteria[2].id: "a.sprint.x" is not a valid criterion id ("<areaId>.<phase>.<slug>")',
        'sreMaturity.model.criteria[3].id: "x" needs an area and a phase, either in the id ("<areaId>.<phase>.<slug>") or as area and phase',
        'sreMaturity.model.criteria[4].id: "Bad Slug" is not a valid criterion slug (lowercase words joined by "-")',
        // The rejected criterion leaves its phase empty.
        'sreMaturity.model.areas[0].phases.run.criteria: phase "run" of area "cost" would have no criteria',
      ]);
    });

    it('an empty phase, whether configured empty or emptied by disabling', () => {
      const area = structuredClone(newArea);
      area.phases.run.criteria = [];
      expect(
        problemsOf({ areas: [area], disabled: ['a.walk.c0', 'a.crawl.c0'] }),
      ).toEqual([
        'sreMaturity.model.disabled[0]: phase "walk" of area "a" would have no criteria',
        'sreMaturity.model.areas[0].phases.run.criteria: phase "run" of area "cost" would have no criteria',
      ]);
    });

    it('an empty phase filled by a later criterion is fine', () => {
      const area = structuredClone(newArea);
      area.phases.run.criteria = [];
      const model = buildModel(base, {
        areas: [area],
        criteria: [{ id: 'cost.run.later', title: 'Later', description: 'd' }],
      });
      expect(findCriterion(model, 'cost.run.later')).toBeDefined();
    });

    it('unknown disabled criteria', () => {
      expect(problemsOf({ disabled: ['a.crawl.nope', 'nonsense'] })).toEqual([
        'sreMaturity.model.disabled[0]: unknown criterion "a.crawl.nope"',
        'sreMaturity.model.disabled[1]: unknown criterion "nonsense"',
      ]);
    });

    it('new criteria without a title or description, and empty texts', () => {
      expect(
        problemsOf({
          criteria: [
            { id: 'a.crawl.new', title: 'T' },
            { id: 'a.crawl.c0', title: ' ', description: '' },
          ],
        }),
      ).toEqual([
        'sreMaturity.model.criteria[0]: "a.crawl.new" is not in the model, so it is a new criterion and needs a title and a description',
        'sreMaturity.model.criteria[1].title: must not be empty',
        'sreMaturity.model.criteria[1].description: must not be empty',
      ]);
    });

    it('bad area ids and titles, and replace without areas', () => {
      expect(problemsOf({ replace: true })).toEqual([
        'sreMaturity.model.areas: replace is set, so at least one area must be configured',
      ]);
      expect(
        problemsOf({
          areas: [
            { ...newArea, id: 'Cost' },
            { ...newArea, title: '' },
          ],
        }),
      ).toEqual([
        'sreMaturity.model.areas[0].id: "Cost" is not a valid area id (lowercase words joined by "-")',
        'sreMaturity.model.areas[1].title: must not be empty',
      ]);
    });

    it('under a custom key path', () => {
      expect(() =>
        buildModel(base, { disabled: ['x'] }, { path: 'custom.model' }),
      ).toThrow('custom.model.disabled[0]: unknown criterion "x"');
    });
  });
});
