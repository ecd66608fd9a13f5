import { criterionIds, findCriterion, listCriteria } from './listCriteria';
import { MaturityModel } from './types';

const model: MaturityModel = {
  areas: ['a', 'b'].map(areaId => ({
    id: areaId,
    title: areaId,
    description: '',
    phases: (['crawl', 'walk', 'run'] as const).map(phase => ({
      id: phase,
      summary: '',
      criteria: [
        {
          id: `${areaId}.${phase}.x`,
          title: 'X',
          description: '',
          guidance: '',
          source: 'custom' as const,
        },
      ],
    })),
  })),
};

describe('listCriteria', () => {
  it('lists every criterion in model order with its area and phase', () => {
    expect(listCriteria(model).map(c => [c.id, c.areaId, c.phase])).toEqual([
      ['a.crawl.x', 'a', 'crawl'],
      ['a.walk.x', 'a', 'walk'],
      ['a.run.x', 'a', 'run'],
      ['b.crawl.x', 'b', 'crawl'],
      ['b.walk.x', 'b', 'walk'],
      ['b.run.x', 'b', 'run'],
    ]);
  });
});

describe('criterionIds', () => {
  it('holds the id of every criterion, computed once per model', () => {
    expect([...criterionIds(model)]).toEqual(
      listCriteria(model).map(c => c.id),
    );
    expect(criterionIds(model)).toBe(criterionIds(model));
  });
});

describe('findCriterion', () => {
  it('finds a criterion by id', () => {
    expect(findCriterion(model, 'b.walk.x')).toMatchObject({
      id: 'b.walk.x',
      areaId: 'b',
      phase: 'walk',
      title: 'X',
    });
  });

  it('returns undefined for an unknown id', () => {
    expect(findCriterion(model, 'b.walk.y')).toBeUndefined();
  });
});
