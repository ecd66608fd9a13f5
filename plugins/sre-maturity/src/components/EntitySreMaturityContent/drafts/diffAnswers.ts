import { Answer } from '@sre-maturity/backstage-plugin-common';
import { EntityAssessment } from '../../../api';

/** How one criterion's answer differs between two revisions. */
export interface AnswerChange {
  criterionId: string;
  before?: Answer;
  after?: Answer;
}

/** Every criterion's explicit answer, by criterion id. */
export function answersOf(assessment: EntityAssessment): Map<string, Answer> {
  return new Map(
    assessment.assessment.areas.flatMap(area =>
      area.criteria.flatMap(c =>
        c.answer ? [[c.criterionId, c.answer] as const] : [],
      ),
    ),
  );
}

/**
 * The answers that changed from `base` (what the user edited from) to
 * `current` (what someone else saved since), in `current`'s order.
 */
export function diffAnswers(
  base: EntityAssessment,
  current: EntityAssessment,
): AnswerChange[] {
  const before = answersOf(base);
  const after = answersOf(current);
  const ids = new Set([...after.keys(), ...before.keys()]);
  return [...ids].flatMap(criterionId => {
    const a = before.get(criterionId);
    const b = after.get(criterionId);
    return isSameAnswer(a, b) ? [] : [{ criterionId, before: a, after: b }];
  });
}

function isSameAnswer(a?: Answer, b?: Answer): boolean {
  if (!a || !b) {
    return a === b;
  }
  return (
    a.status === b.status &&
    a.note === b.note &&
    a.evidenceUrl === b.evidenceUrl &&
    a.reason === b.reason &&
    a.expiresAt === b.expiresAt &&
    a.answeredBy === b.answeredBy &&
    a.answeredAt === b.answeredAt
  );
}
