import { InputError } from '@backstage/errors';
import { RequestHandler } from 'express';

// PostgreSQL cannot store or compare text with the NUL character, so text
// holding one is refused as input, wherever it is, before any query.

/**
 * The path of the first string within `value` that holds a NUL character,
 * e.g. `answers[0].note`; '' for `value` itself.
 */
function pathOfNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNul(item, `${path}[${index}]`);
      if (found !== undefined) {
        return found;
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(item, path ? `${path}.${key}` : key);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}

/** Refuses query parameters and body fields holding a NUL character, naming the first. */
export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const field = pathOfNul(req.query, '') ?? pathOfNul(req.body, '');
  if (field !== undefined) {
    throw new InputError(
      `${field || 'body'}: must not contain the NUL character (U+0000)`,
    );
  }
  next();
};
