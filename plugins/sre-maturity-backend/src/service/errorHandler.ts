import { LoggerService } from '@backstage/backend-plugin-api';
import { ErrorLike, isError, toError } from '@backstage/errors';
import { ErrorRequestHandler, Request } from 'express';
import { spec } from '../schema/openapi';

type Paths = typeof spec.paths;
type OperationId = {
  [P in keyof Paths]: {
    [M in keyof Paths[P]]: Paths[P][M] extends { operationId: infer Id }
      ? Id
      : never;
  }[keyof Paths[P]];
}[keyof Paths];

/** What failed, in words, per operation of the spec. */
const failures: Record<OperationId, string> = {
  GetHealth: 'Could not check the health of the plugin',
  GetModel: 'Could not read the maturity model',
  GetAssessment: 'Could not read the assessment',
  UpdateAssessment: 'Could not update the assessment',
  GetAssessmentHistory: 'Could not read the assessment history',
  GetAssessmentTrend: 'Could not read the assessment trend',
  GetScorecard: 'Could not read the scorecard',
  GetScorecardFacets: 'Could not read the scorecard facets',
  GetScorecardGroups: 'Could not read the scorecard groups',
  GetScorecardTrend: 'Could not read the scorecard trend',
  GetScorecardAreas: 'Could not read the scorecard areas',
  GetScorecardExempt: 'Could not read the exempt entities',
  ExportScorecard: 'Could not export the scorecard',
  GetGroupMaturity: 'Could not read the group roll-up',
  SyncCatalog: 'Could not run the catalog sync',
  ListCampaigns: 'Could not list the campaigns',
  CreateCampaign: 'Could not create the campaign',
  GetCampaign: 'Could not read the campaign',
  UpdateCampaign: 'Could not update the campaign',
  DeleteCampaign: 'Could not delete the campaign',
  GetCampaignHistory: 'Could not read the campaign history',
  GetCampaignProgress: 'Could not read the campaign progress',
  GetEntityCampaigns: "Could not read the entity's campaigns",
};

/**
 * Errors whose message is written for the caller: those of
 * `@backstage/errors` the backend maps to a status, and the router's own
 * `MethodNotAllowedError`.
 */
const callerErrors = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'NotImplementedError',
  'ServiceUnavailableError',
  'MethodNotAllowedError',
]);

function statusOf(error: ErrorLike): number | undefined {
  const code = error.statusCode ?? error.status;
  return typeof code === 'number' ? code : undefined;
}

/** Client errors of Express' own middleware (e.g. a body that is not JSON) flag their message as safe to show. */
function isExposedClientError(error: ErrorLike): boolean {
  const status = statusOf(error);
  return (
    error.expose === true &&
    status !== undefined &&
    status >= 400 &&
    status < 500
  );
}

/** The message without the `; caused by ...` that `CustomErrorBase` appends. */
function ownMessage(error: ErrorLike): string {
  const cause = error.cause;
  if (!isError(cause)) {
    return error.message;
  }
  const causeText = String(cause);
  const suffix = `; caused by ${
    causeText === '[object Object]'
      ? `${cause.name}: ${cause.message}`
      : causeText
  }`;
  return error.message.endsWith(suffix)
    ? error.message.slice(0, -suffix.length)
    : error.message;
}

/** The problems per field an `InputError` lists, e.g. of an update's answers. */
function fieldsOf(error: ErrorLike): unknown[] | undefined {
  return error.name === 'InputError' && Array.isArray(error.fields)
    ? error.fields
    : undefined;
}

/**
 * An error with only a name, a message, and a status and field problems when
 * given: no stack, cause or other fields.
 */
function bareError(
  name: string,
  message: string,
  details: { statusCode?: number; fields?: unknown[] } = {},
): Error {
  const error = new Error(message);
  error.name = name;
  delete error.stack;
  for (const [key, value] of Object.entries(details)) {
    if (value !== undefined) {
      Object.assign(error, { [key]: value });
    }
  }
  return error;
}

function failureOf(req: Request): string {
  const operationId = (
    req as { openapi?: { schema?: { operationId?: string } } }
  ).openapi?.schema?.operationId;
  return failures[operationId as OperationId] ?? 'Could not handle the request';
}

/**
 * The plugin's error handler, ahead of the backend's: errors meant for the
 * caller keep their name, message, status and an `InputError`'s `fields`;
 * any other error is logged with its details and answered as a 500 that
 * says what failed, so that no SQL, stack trace or connection string
 * reaches a response, in any configuration. The backend's error handler then writes the body.
 */
export function createErrorHandler(logger: LoggerService): ErrorRequestHandler {
  return (rawError, req, _res, next) => {
    const error = toError(rawError);
    if (callerErrors.has(error.name) || isExposedClientError(error)) {
      const message = ownMessage(error);
      // An outage, or a cause left out of the response: worth a look.
      if (
        error.name === 'ServiceUnavailableError' ||
        message !== error.message
      ) {
        logger.warn(
          `${failureOf(req)}: ${req.method} ${req.originalUrl}`,
          error as Error,
        );
      }
      next(
        bareError(error.name, message, {
          statusCode: statusOf(error),
          fields: fieldsOf(error),
        }),
      );
      return;
    }
    const failure = failureOf(req);
    logger.error(
      `${failure}: ${req.method} ${req.originalUrl}`,
      error as Error,
    );
    next(bareError('Error', failure));
  };
}
