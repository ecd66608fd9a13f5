import { InputError } from '@backstage/errors';
import { FieldError } from '@sre-maturity/backstage-plugin-common';

/**
 * A request that breaks the rules: an `InputError` whose message names
 * every bad field and whose `fields` lists them, which the 400 body carries
 * as `error.fields`.
 */
export class InvalidFieldsError extends InputError {
  readonly fields: FieldError[];

  constructor(fields: FieldError[]) {
    super(
      fields.map(({ field, message }) => `${field}: ${message}`).join('; '),
    );
    this.fields = fields;
  }
}
