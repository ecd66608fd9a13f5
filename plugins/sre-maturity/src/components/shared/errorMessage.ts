import { ResponseError } from '@backstage/errors';

/**
 * What went wrong, in the server's words where it said something: a
 * ResponseError's own message is only "Request failed with 500 …".
 */
export function errorMessage(error: Error): string {
  return ResponseError.is(error)
    ? error.body.error.message || error.message
    : error.message;
}
