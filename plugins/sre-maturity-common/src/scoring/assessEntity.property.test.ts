import fc from 'fast-check';
import { defaultModel } from '../model/defaultModel';
import { listCriteria } from '../model/listCriteria';
import { Answer, Evidence, MaturityModel, PHASES } from '../model/types';
import { makeModel } from '../testing/makeModel';
import { assessEntity } from './assessEntity';
import { levelRank } from './levels';

const now = new Date('2025-06-15T12:00:00Z');

const CHOICES = [
  'none',
  'met',
  'not-met',
  'not-applicable',
  'expired-not-applicable',
  'evidence',
] as const;
type Choice = (typeof CHOICES)[number];

const phaseCounts = fc.tuple(
  fc.integer({ min: 1, max: 3 }),
  fc.integer({ min: 1, max: 3 }),
  fc.integer({ min: 1, max: 3 }),
);

const models: fc.Arbitrary<MaturityModel> = fc.oneof(
  fc.constant(defaultModel),
  fc
    .array(phaseCounts, { minLength: 1, maxLength: 4 })
    .map(areas =>
      makeModel(
        Object.fromEntries(areas.map((counts, i) => [`a${i}`, counts])),
      ),
    ),
);

/** A model, one choice per criterion, and the index of one criterion. */
const scenarios = models.chain(model => {
  const count = listCriteria(model).length;
  return fc.record({
    model: fc.constant(model),
    choices: fc.array(fc.constantFrom(...CHOICES), {
      minLength: count,
      maxLength: count,
    }),
    pick: fc.nat({ max: count - 1 }),
  });
});

function inputs(model: MaturityModel, choices: Choice[]) {
  const answers: Answer[] = [];
  const evidence: Evidence[] = [];
  listCriteria(model).forEach(({ id }, i) => {
    const choice = choices[i];
    const base = {
      criterionId: id,
      answeredBy: 'user:default/jane',
      answeredAt: '2025-06-01T00:00:00.000Z',
    };
    if (choice === 'evidence') {
      evidence.push({
        criterionId: id,
        provider: 'test',
        key: 'k',
        value: 'v',
      });
    } else if (choice === 'expired-not-applicable') {
      answers.push({
        ...base,
        status: 'not-applicable',
        reason: 'r',
        expiresAt: '2025-01-01',
      });
    } else if (choice !== 'none') {
      answers.push({ ...base, status: choice, reason: 'r' });
    }
  });
  return assessEntity({
    model,
    entity: { kind: 'Component' },
    answers,
    evidence,
    now,
  });
}

describe('assessEntity invariants', () => {
  it('never lowers a level or the score when one more criterion is met', () => {
    fc.assert(
      fc.property(scenarios, ({ model, choices, pick }) => {
        const before = inputs(model, choices);
        const improved = [...choices];
        improved[pick] = 'met';
        const after = inputs(model, improved);

        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(levelRank(after.overall)).toBeGreaterThanOrEqual(
          levelRank(before.overall),
        );
        after.areas.forEach((area, i) => {
          expect(levelRank(area.level)).toBeGreaterThanOrEqual(
            levelRank(before.areas[i].level),
          );
        });
      }),
    );
  });

  it('never reaches a phase while an earlier one is incomplete', () => {
    fc.assert(
      fc.property(scenarios, ({ model, choices }) => {
        for (const area of inputs(model, choices).areas) {
          const complete = PHASES.map(phase =>
            area.criteria
              .filter(c => c.phase === phase)
              .every(c => c.status === 'met' || c.status === 'not-applicable'),
          );
          const rank = levelRank(area.level);
          expect(complete.slice(0, rank).every(Boolean)).toBe(true);
          // The phase after the level, if any, is incomplete.
          expect(complete[rank] ?? false).toBe(false);
        }
      }),
    );
  });

  it('keeps the score an integer within 0..100 and progress within 0..1', () => {
    fc.assert(
      fc.property(scenarios, ({ model, choices }) => {
        const result = inputs(model, choices);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const area of result.areas) {
          expect(area.progress).toBeGreaterThanOrEqual(0);
          expect(area.progress).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
