import { spec } from '../schema/openapi/generated/router';

const { parameters, schemas } = spec.components;

/**
 * The REST API's input limits, read from its spec. The router's OpenAPI
 * validator enforces them there; the actions' zod schemas enforce them here.
 */
export const apiLimits = {
  /** Values of one scorecard filter. */
  filterValues: parameters.owner.schema.maxItems,
  filterValueLength: parameters.owner.schema.items.maxLength,
  queryLength: parameters.q.schema.maxLength,
  orderByLength: parameters.orderBy.schema.maxLength,
  offset: parameters.offset.schema.maximum,
  revision: schemas.AssessmentUpdateRequest.properties.revision.maximum,
  answers: schemas.AssessmentUpdateRequest.properties.answers.maxItems,
};
