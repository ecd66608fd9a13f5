import { Answer } from '@sre-maturity/backstage-plugin-common';
import { AnswerChange } from '../database/types';

/** The answers after `changes`: each change replaces or clears its criterion's answer. */
export function applyAnswerChanges(
  answers: Answer[],
  changes: AnswerChange[],
): Answer[] {
  const changed = new Set(changes.map(change => change.criterionId));
  return [
    ...answers.filter(answer => !changed.has(answer.criterionId)),
    ...changes.flatMap(change => (change.answer ? [change.answer] : [])),
  ];
}
