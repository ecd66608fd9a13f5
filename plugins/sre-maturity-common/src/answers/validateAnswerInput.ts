import { isHttpUrl } from '../isHttpUrl';
import { findCriterion } from '../model/listCriteria';
import { MaturityModel } from '../model/types';
import { AnswerInput, FieldError } from '../schema/types';

/**
 * The longest note or reason accepted, in characters.
 *
 * @public
 */
export const ANSWER_TEXT_MAX_LENGTH = 2000;

/** The longest evidence URL accepted, in characters. */
const URL_MAX_LENGTH = 2000;

const STATUSES: ReadonlyArray<AnswerInput['status']> = [
  'met',
  'not-met',
  'not-applicable',
  'unanswered',
];

/**
 * Checks one answer input, the `index`th of a request, against the model.
 * Returns every problem found, with field paths like `answers[2].reason`;
 * an empty list means the input is a valid {@link AnswerInput}. `now`
 * decides which expiry dates are in the past.
 *
 * @public
 */
export function validateAnswerInput(
  model: MaturityModel,
  input: unknown,
  index: number,
  now: Date = new Date(),
): FieldError[] {
  const prefix = `answers[${index}]`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: prefix, message: 'must be an object' }];
  }
  const value = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const criterionId = namedCriterion(value);
  const fail = (field: keyof AnswerInput, message: string) =>
    errors.push({
      field: `${prefix}.${field}`,
      message,
      ...(criterionId && { criterionId }),
      answerField: field,
    });

  if (typeof value.criterionId !== 'string' || !value.criterionId) {
    fail('criterionId', 'is required');
  } else if (!findCriterion(model, value.criterionId)) {
    fail('criterionId', `unknown criterion "${value.criterionId}"`);
  }

  const status = value.status;
  if (!STATUSES.includes(status as AnswerInput['status'])) {
    fail('status', `must be one of ${STATUSES.join(', ')}`);
  }

  for (const field of ['note', 'reason'] as const) {
    const text = value[field];
    if (isAbsent(text)) {
      continue;
    }
    if (typeof text !== 'string') {
      fail(field, 'must be a string');
    } else if (text.length > ANSWER_TEXT_MAX_LENGTH) {
      fail(field, `must be at most ${ANSWER_TEXT_MAX_LENGTH} characters`);
    }
  }
  if (
    status === 'not-applicable' &&
    (typeof value.reason !== 'string' || !value.reason.trim())
  ) {
    fail('reason', 'is required when the criterion is not applicable');
  }

  const url = value.evidenceUrl;
  if (!isAbsent(url) && url !== '') {
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      fail('evidenceUrl', 'must be an http(s) URL');
    } else if (url.length > URL_MAX_LENGTH) {
      fail('evidenceUrl', `must be at most ${URL_MAX_LENGTH} characters`);
    }
  }

  const expiresAt = value.expiresAt;
  if (!isAbsent(expiresAt) && expiresAt !== '') {
    if (typeof expiresAt !== 'string' || !isIsoDate(expiresAt)) {
      fail('expiresAt', 'must be a date (YYYY-MM-DD)');
    } else if (status !== 'not-applicable') {
      fail('expiresAt', 'is only allowed when the criterion is not applicable');
    } else if (expiresAt < now.toISOString().slice(0, 10)) {
      fail('expiresAt', 'must not be in the past');
    }
  }

  return errors;
}

/** The criterion an answer names, valid or not. */
function namedCriterion(input: unknown): string | undefined {
  const id = (input as Partial<AnswerInput> | null)?.criterionId;
  return typeof id === 'string' && id ? id : undefined;
}

function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  // Rejects dates that roll over, such as 2025-02-30.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Checks the `answers` list of a request: a non-empty array of valid answer
 * inputs ({@link validateAnswerInput}) with at most one answer per criterion.
 *
 * @public
 */
export function validateAnswerInputs(
  model: MaturityModel,
  inputs: unknown,
  now: Date = new Date(),
): FieldError[] {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    return [{ field: 'answers', message: 'must be a non-empty array' }];
  }
  const firstIndex = new Map<unknown, number>();
  return inputs.flatMap((input, index) => {
    const errors = validateAnswerInput(model, input, index, now);
    const id = (input as Partial<AnswerInput> | null)?.criterionId;
    const earlier = firstIndex.get(id);
    if (typeof id === 'string' && earlier !== undefined) {
      errors.push({
        field: `answers[${index}].criterionId`,
        message: `"${id}" is already answered at answers[${earlier}]`,
        criterionId: id,
        answerField: 'criterionId',
      });
    } else {
      firstIndex.set(id, index);
    }
    return errors;
  });
}
