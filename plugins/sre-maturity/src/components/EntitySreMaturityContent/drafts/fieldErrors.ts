import { ErrorResponseBody } from '@backstage/errors';
import {
  MaturityModel,
  UpdateAssessmentError,
  validateAnswerInput,
} from '@sre-maturity/backstage-plugin-common';
import { AnswerDraft, toAnswerInput } from './answerDrafts';

/** Error messages of one answer's fields, e.g. `{ reason: 'is required…' }`. */
export type AnswerFieldErrors = Partial<Record<string, string>>;

/** Checks a draft with the same rules as the backend. */
export function validateDraft(
  model: MaturityModel,
  criterionId: string,
  draft: AnswerDraft,
  now: Date = new Date(),
): AnswerFieldErrors {
  const errors: AnswerFieldErrors = {};
  for (const { answerField, message } of validateAnswerInput(
    model,
    toAnswerInput(criterionId, draft),
    0,
    now,
  )) {
    errors[answerField ?? 'status'] ??= message;
  }
  return errors;
}

/**
 * Sorts the problems that the backend's 400 to an update lists in
 * `error.fields` by the criteria sent. Problems with no sent criterion's
 * field, or the message of a 400 that lists none, are returned as
 * `unmatched`, to be shown as a whole.
 */
export function serverFieldErrors(
  body: ErrorResponseBody,
  sentCriterionIds: string[],
): { byCriterion: Record<string, AnswerFieldErrors>; unmatched: string[] } {
  const fields = (body as Partial<UpdateAssessmentError>).error?.fields;
  if (!Array.isArray(fields) || !fields.length) {
    return { byCriterion: {}, unmatched: [body.error.message] };
  }
  const byCriterion: Record<string, AnswerFieldErrors> = {};
  const unmatched: string[] = [];
  for (const { field, message, criterionId, answerField } of fields) {
    if (criterionId && answerField && sentCriterionIds.includes(criterionId)) {
      const errors = (byCriterion[criterionId] ??= {});
      errors[answerField] ??= message;
    } else {
      unmatched.push(`${field}: ${message}`);
    }
  }
  return { byCriterion, unmatched };
}
