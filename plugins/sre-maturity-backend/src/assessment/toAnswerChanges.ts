import {
  AnswerInput,
  MaturityModel,
  validateAnswerInputs,
} from '@sre-maturity/backstage-plugin-common';
import { AnswerChange } from '../database/types';
import { InvalidAnswersError } from './InvalidAnswersError';

function present(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/**
 * Validates the answers of an update request and turns them into changes to
 * store. Throws an {@link InvalidAnswersError} naming every bad field, e.g.
 * `answers[1].reason: is required when the criterion is not applicable`.
 */
export function toAnswerChanges(options: {
  model: MaturityModel;
  answers: unknown;
  actor: string;
  now: Date;
}): AnswerChange[] {
  const { model, answers, actor, now } = options;
  const errors = validateAnswerInputs(model, answers, now);
  if (errors.length) {
    throw new InvalidAnswersError(errors);
  }

  return (answers as AnswerInput[]).map(input => {
    if (input.status === 'unanswered') {
      return { criterionId: input.criterionId };
    }
    return {
      criterionId: input.criterionId,
      answer: {
        criterionId: input.criterionId,
        status: input.status,
        note: present(input.note),
        evidenceUrl: present(input.evidenceUrl),
        reason: present(input.reason),
        expiresAt: present(input.expiresAt),
        answeredBy: actor,
        answeredAt: now.toISOString(),
      },
    };
  });
}
