import {
  MaturityModel,
  validateAnswerInput,
} from '@sre-maturity/backstage-plugin-common';
import { AnswerDraft, toAnswerInput } from './answerDrafts';

/** Error messages of one answer's fields, e.g. `{ reason: 'is required…' }`. */
export type AnswerFieldErrors = Partial<Record<string, string>>;

const FIELD_PATH = /^answers\[(\d+)\]\.(\w+)$/;

/** Checks a draft with the same rules as the backend. */
export function validateDraft(
  model: MaturityModel,
  criterionId: string,
  draft: AnswerDraft,
  now: Date = new Date(),
): AnswerFieldErrors {
  const errors: AnswerFieldErrors = {};
  for (const { field, message } of validateAnswerInput(
    model,
    toAnswerInput(criterionId, draft),
    0,
    now,
  )) {
    const name = FIELD_PATH.exec(field)?.[2] ?? 'status';
    errors[name] ??= message;
  }
  return errors;
}

/**
 * Maps the backend's 400 message (`answers[i].field: message; …`) back to
 * the criteria sent, by position. Parts that name no sent answer are
 * returned as `unmatched`, to be shown as a whole.
 */
export function parseServerFieldErrors(
  message: string,
  sentCriterionIds: string[],
): { byCriterion: Record<string, AnswerFieldErrors>; unmatched: string[] } {
  const byCriterion: Record<string, AnswerFieldErrors> = {};
  const unmatched: string[] = [];
  for (const part of message.split(/;\s*(?=answers\[)/)) {
    const match = /^(answers\[\d+\]\.\w+):\s*(.*)$/s.exec(part.trim());
    const [, index, field] = match ? FIELD_PATH.exec(match[1])! : [];
    const criterionId = index ? sentCriterionIds[Number(index)] : undefined;
    if (!match || !criterionId) {
      unmatched.push(part.trim());
      continue;
    }
    const errors = (byCriterion[criterionId] ??= {});
    errors[field] ??= match[2];
  }
  return { byCriterion, unmatched };
}
