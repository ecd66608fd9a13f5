import { InvalidFieldsError } from '../validation/InvalidFieldsError';

/** Answers that break the model's rules, each bad field listed. */
export class InvalidAnswersError extends InvalidFieldsError {}
