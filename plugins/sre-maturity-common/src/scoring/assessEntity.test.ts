import { makeModel } from '../testing/makeModel';
import { Answer, AnswerStatus, Evidence, MaturityModel } from '../model/types';
import { EntityFacts } from '../applicability/entityFacts';
import { assessEntity } from './assessEntity';

const now = new Date('2025-06-15T12:00:00Z');
const model = makeModel({ a: [2, 1, 1], b: [1, 1, 1] });

function answer(
  criterionId: string,
  status: AnswerStatus,
  extra: Partial<Answer> = {},
): Answer {
  return {
    criterionId,
    status,
    answeredBy: 'user:default/jane',
    answeredAt: '2025-06-01T10:00:00.000Z',
    ...(status === 'not-applicable' && { reason: 'No users' }),
    ...extra,
  };
}

function evidence(criterionId: string): Evidence {
  return {
    criterionId,
    provider: 'annotation',
    key: 'pagerduty.com/service-id',
    value: 'P123',
  };
}

const service: EntityFacts = { kind: 'Component', type: 'service' };

function assess(answers: Answer[], found: Evidence[] = [], extra = {}) {
  return assessEntity({
    model,
    entity: service,
    answers,
    evidence: found,
    now,
    ...extra,
  });
}

function criterionOf(result: ReturnType<typeof assess>, id: string) {
  return result.areas
    .flatMap(area => area.criteria)
    .find(c => c.criterionId === id)!;
}

function areaOf(result: ReturnType<typeof assess>, id: string) {
  return result.areas.find(a => a.areaId === id)!;
}

describe('assessEntity', () => {
  describe('effective status', () => {
    it('is unknown without answer or evidence', () => {
      expect(criterionOf(assess([]), 'a.crawl.c0')).toEqual({
        criterionId: 'a.crawl.c0',
        areaId: 'a',
        phase: 'crawl',
        status: 'unknown',
        origin: 'none',
        evidence: [],
        stale: false,
        expired: false,
      });
    });

    it('is met from the catalog when evidence is found', () => {
      const result = criterionOf(
        assess([], [evidence('a.crawl.c0')]),
        'a.crawl.c0',
      );
      expect(result).toMatchObject({ status: 'met', origin: 'catalog' });
      expect(result.evidence).toEqual([evidence('a.crawl.c0')]);
    });

    it('lets an explicit answer win over evidence, and keeps showing the evidence', () => {
      const result = criterionOf(
        assess([answer('a.crawl.c0', 'not-met')], [evidence('a.crawl.c0')]),
        'a.crawl.c0',
      );
      expect(result).toMatchObject({ status: 'not-met', origin: 'answer' });
      expect(result.evidence).toHaveLength(1);
      expect(result.answer?.status).toBe('not-met');
    });

    it('lists a source that could not be read on its criteria, without changing their status', () => {
      const source = {
        provider: 'repository',
        source: 'https://git.example.com/acme/payments',
        message: 'NotFoundError: 404',
        checkedAt: '2025-06-15T11:00:00.000Z',
      };
      const result = assess([], [evidence('a.crawl.c1')], {
        unreadable: [{ criterionIds: ['a.crawl.c0', 'a.crawl.c1'], source }],
      });
      expect(criterionOf(result, 'a.crawl.c0')).toMatchObject({
        status: 'unknown',
        origin: 'none',
        unreadable: [source],
      });
      expect(criterionOf(result, 'a.crawl.c1')).toMatchObject({
        status: 'met',
        origin: 'catalog',
        unreadable: [source],
      });
      expect(criterionOf(result, 'a.walk.c0').unreadable).toBeUndefined();
    });

    it('keeps a not-applicable answer until the end of its expiry day', () => {
      const result = criterionOf(
        assess([
          answer('a.crawl.c0', 'not-applicable', { expiresAt: '2025-06-15' }),
        ]),
        'a.crawl.c0',
      );
      expect(result).toMatchObject({
        status: 'not-applicable',
        origin: 'answer',
        expired: false,
      });
    });

    it('counts an expired not-applicable answer as unanswered', () => {
      const expired = answer('a.crawl.c0', 'not-applicable', {
        expiresAt: '2025-06-14',
      });
      expect(criterionOf(assess([expired]), 'a.crawl.c0')).toMatchObject({
        status: 'unknown',
        origin: 'none',
        expired: true,
        answer: expired,
      });
      expect(
        criterionOf(assess([expired], [evidence('a.crawl.c0')]), 'a.crawl.c0'),
      ).toMatchObject({ status: 'met', origin: 'catalog', expired: true });
    });

    it('ignores answers and evidence for criteria not in the model', () => {
      const result = assess(
        [answer('x.crawl.c0', 'met')],
        [evidence('x.crawl.c0')],
      );
      expect(result.areas.flatMap(a => a.criteria)).toHaveLength(7);
      expect(result.lastAssessedAt).toBeUndefined();
    });
  });

  describe('levels', () => {
    it('is not started while a crawl criterion is open', () => {
      const result = assess([answer('a.crawl.c0', 'met')]);
      expect(areaOf(result, 'a')).toMatchObject({
        level: 'not-started',
        nextPhase: 'crawl',
        progress: 0.5,
      });
    });

    it('reaches a phase when all its criteria are met or not applicable', () => {
      const result = assess(
        [answer('a.crawl.c0', 'met'), answer('a.crawl.c1', 'not-applicable')],
        [evidence('a.walk.c0')],
      );
      expect(areaOf(result, 'a')).toMatchObject({
        level: 'walk',
        nextPhase: 'run',
        progress: 0,
      });
    });

    it('does not reach a phase while an earlier one is incomplete', () => {
      const result = assess([
        answer('a.crawl.c0', 'met'),
        answer('a.walk.c0', 'met'),
        answer('a.run.c0', 'met'),
      ]);
      expect(areaOf(result, 'a')).toMatchObject({
        level: 'not-started',
        nextPhase: 'crawl',
        progress: 0.5,
      });
    });

    it('reports full progress and no next phase once run is reached', () => {
      const result = assess(
        ['b.crawl.c0', 'b.walk.c0', 'b.run.c0'].map(id => answer(id, 'met')),
      );
      const b = areaOf(result, 'b');
      expect(b.level).toBe('run');
      expect(b.progress).toBe(1);
      expect(b).not.toHaveProperty('nextPhase');
    });

    it('takes the weakest area as the overall level', () => {
      const result = assess(
        ['b.crawl.c0', 'b.walk.c0', 'b.run.c0', 'a.crawl.c0', 'a.crawl.c1'].map(
          id => answer(id, 'met'),
        ),
      );
      expect(result.areas.map(a => a.level)).toEqual(['crawl', 'run']);
      expect(result.overall).toBe('crawl');
    });
  });

  describe('score', () => {
    it('is the rounded share of applicable criteria met', () => {
      // 7 criteria, 1 not applicable, 2 met (one from the catalog): 2/6.
      const result = assess(
        [answer('a.crawl.c0', 'met'), answer('b.run.c0', 'not-applicable')],
        [evidence('b.crawl.c0')],
      );
      expect(result.score).toBe(33);
    });

    it('is 0 when nothing is met', () => {
      expect(assess([]).score).toBe(0);
    });

    it('is 100 when every criterion is not applicable', () => {
      const ids = model.areas.flatMap(a =>
        a.phases.flatMap(p => p.criteria.map(c => c.id)),
      );
      const result = assess(ids.map(id => answer(id, 'not-applicable')));
      expect(result.score).toBe(100);
      expect(result.overall).toBe('run');
    });
  });

  describe('targets', () => {
    it('uses the per-area target over the overall one and reports the gap', () => {
      const result = assess([answer('a.crawl.c0', 'met')], [], {
        targets: { overall: 'walk', areas: { b: 'run' } },
      });
      expect(areaOf(result, 'a')).toMatchObject({ target: 'walk', gap: 2 });
      expect(areaOf(result, 'b')).toMatchObject({ target: 'run', gap: 3 });
      expect(result.target).toBe('walk');
      expect(result.gap).toBe(3);
    });

    it('has no gap once the target is reached or without a target', () => {
      const result = assess(
        ['b.crawl.c0', 'b.walk.c0'].map(id => answer(id, 'met')),
        [],
        { targets: { areas: { b: 'crawl' } } },
      );
      expect(areaOf(result, 'b')).toMatchObject({ target: 'crawl', gap: 0 });
      expect(areaOf(result, 'a')).not.toHaveProperty('target');
      expect(areaOf(result, 'a').gap).toBe(0);
      expect(result).not.toHaveProperty('target');
      expect(result.gap).toBe(0);
    });
  });

  describe('staleness', () => {
    const old = answer('a.crawl.c0', 'met', {
      answeredAt: '2024-12-01T00:00:00.000Z',
    });
    const recent = answer('a.crawl.c1', 'met');

    it('flags answers older than the configured age', () => {
      const result = assess([old, recent], [], { staleAfterDays: 180 });
      expect(criterionOf(result, 'a.crawl.c0').stale).toBe(true);
      expect(criterionOf(result, 'a.crawl.c1').stale).toBe(false);
      expect(result.staleCount).toBe(1);
    });

    it('defaults to 180 days', () => {
      expect(assess([old, recent]).staleCount).toBe(1);
      expect(
        assess([old, recent], [], { staleAfterDays: 365 }).staleCount,
      ).toBe(0);
    });

    it('reports the newest answer time', () => {
      expect(assess([old, recent]).lastAssessedAt).toBe(
        '2025-06-01T10:00:00.000Z',
      );
    });
  });

  describe('what applies to the entity', () => {
    const library: EntityFacts = { kind: 'Component', type: 'library' };
    const services = [{ kinds: ['component'], types: ['SERVICE'] }];
    // a: c0 and c1 of Crawl apply to services only; b applies to services only.
    const scoped: MaturityModel = {
      areas: model.areas.map(area => ({
        ...area,
        phases: area.phases.map(phase => ({
          ...phase,
          criteria: phase.criteria.map(criterion =>
            area.id === 'b' || criterion.id === 'a.crawl.c0'
              ? { ...criterion, appliesTo: services }
              : criterion,
          ),
        })),
      })),
    };

    function assessAs(entity: EntityFacts, answers: Answer[] = []) {
      return assessEntity({
        model: scoped,
        entity,
        answers,
        evidence: [],
        now,
      });
    }

    it('marks a criterion that does not apply not applicable by the model, whatever the answer', () => {
      const result = assessAs(library, [
        answer('a.crawl.c0', 'met', { answeredAt: '2020-01-01T00:00:00Z' }),
      ]);
      expect(criterionOf(result, 'a.crawl.c0')).toMatchObject({
        status: 'not-applicable',
        origin: 'model',
        stale: false,
        expired: false,
      });
      expect(result.staleCount).toBe(0);
      expect(criterionOf(assessAs(service), 'a.crawl.c0').origin).toBe('none');
    });

    it('leaves an area to which nothing applies out of the overall level', () => {
      const result = assessAs(library, [
        answer('a.crawl.c1', 'met'),
        answer('a.walk.c0', 'met'),
        answer('a.run.c0', 'met'),
      ]);
      expect(areaOf(result, 'b')).toMatchObject({
        applicable: false,
        level: 'not-started',
        gap: 0,
      });
      expect(areaOf(result, 'a')).toMatchObject({
        applicable: true,
        level: 'run',
      });
      expect(result).toMatchObject({ applicable: true, overall: 'run' });
      expect(result.score).toBe(100);
    });

    it('counts only the criteria that apply in progress and score', () => {
      const result = assessAs(library, [answer('a.crawl.c1', 'not-met')]);
      expect(areaOf(result, 'a')).toMatchObject({
        level: 'not-started',
        progress: 0,
      });
      // a.crawl.c1, a.walk.c0, a.run.c0 apply; none is met.
      expect(result.score).toBe(0);
    });

    it('does not block a phase without a criterion that applies', () => {
      const walkForServices: MaturityModel = {
        areas: [
          {
            ...scoped.areas[0],
            phases: scoped.areas[0].phases.map(phase =>
              phase.id === 'walk'
                ? {
                    ...phase,
                    criteria: phase.criteria.map(c => ({
                      ...c,
                      appliesTo: services,
                    })),
                  }
                : phase,
            ),
          },
        ],
      };
      const result = assessEntity({
        model: walkForServices,
        entity: library,
        answers: [answer('a.crawl.c1', 'met')],
        evidence: [],
        now,
      });
      // Walk has nothing that applies, so Crawl done means Walk reached.
      expect(areaOf(result, 'a')).toMatchObject({
        level: 'walk',
        nextPhase: 'run',
        progress: 0,
      });
    });

    it('scores an entity to which nothing applies not started, 0, without gap', () => {
      const result = assessEntity({
        model: { ...model, appliesTo: [{ kinds: ['API'] }] },
        entity: service,
        answers: [answer('a.crawl.c0', 'met')],
        evidence: [evidence('a.crawl.c1')],
        targets: { overall: 'run', areas: {} },
        now,
      });
      expect(result).toMatchObject({
        applicable: false,
        overall: 'not-started',
        score: 0,
        gap: 0,
      });
      expect(result.areas.every(area => !area.applicable)).toBe(true);
      expect(result.lastAssessedAt).toBeUndefined();
    });
  });
});
