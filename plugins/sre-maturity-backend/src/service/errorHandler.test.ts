import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import {
  ConflictError,
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createErrorHandler } from './errorHandler';

describe('createErrorHandler', () => {
  const logger = mockServices.logger.mock();
  let thrown: unknown;

  // As the backend mounts it, with stack traces shown as in development.
  const app = express();
  app.use(express.json());
  app.use((req, _res, next) => {
    Object.assign(req, {
      openapi: { schema: { operationId: 'GetScorecard' } },
    });
    next();
  });
  app.post('/fail', () => {
    throw thrown;
  });
  app.use(createErrorHandler(logger));
  app.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    }).error({ showStackTraces: true }),
  );

  const fail = async (error: unknown) => {
    thrown = error;
    return request(app).post('/fail').send({});
  };

  beforeEach(() => jest.resetAllMocks());

  const sqlError = Object.assign(
    new Error(
      'select * from "sre_maturity_entities" - connect ECONNREFUSED 127.0.0.1:5432',
    ),
    { code: 'ECONNREFUSED', sql: 'select * from "sre_maturity_entities"' },
  );

  const thrownString = 'postgresql://user:secret@db:5432';
  const typeError = new TypeError(
    "Cannot read properties of undefined (reading 'kind')",
  );
  const catalogError = Object.assign(
    new Error('Request failed with 500 Internal Server Error'),
    { name: 'ResponseError', statusCode: 500 },
  );

  it.each([
    ['a database error', sqlError, sqlError],
    ['a TypeError', typeError, typeError],
    ['a thrown string', thrownString, new Error(thrownString)],
    ['an error of the catalog client', catalogError, catalogError],
  ])(
    'answers %s with a 500 that says what failed, and logs it',
    async (_, thrownError, logged) => {
      const res = await fail(thrownError);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        error: { name: 'Error', message: 'Could not read the scorecard' },
        request: { method: 'POST', url: '/fail' },
        response: { statusCode: 500 },
      });
      expect(logger.error).toHaveBeenCalledWith(
        'Could not read the scorecard: POST /fail',
        logged,
      );
    },
  );

  it.each([
    [400, new InputError('Invalid owner "x"')],
    [404, new NotFoundError('No entity found')],
    [409, new ConflictError('Revision 1 is stale')],
  ])('passes a %s on with its message only', async (status, error) => {
    const res = await fail(error);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual({
      name: error.name,
      message: error.message,
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("passes an InputError's problems per field on", async () => {
    const fields = [
      {
        field: 'answers[0].reason',
        message: 'is required when the criterion is not applicable',
        criterionId: 'a.crawl.x',
        answerField: 'reason',
      },
    ];
    const res = await fail(
      Object.assign(new InputError('answers[0].reason: is required'), {
        fields,
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      name: 'InputError',
      message: 'answers[0].reason: is required',
      fields,
    });
  });

  it('passes a 503 on without its cause, which it logs', async () => {
    const error = new ServiceUnavailableError(
      'The database is not available',
      sqlError,
    );
    const res = await fail(error);
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({
      name: 'ServiceUnavailableError',
      message: 'The database is not available',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not read the scorecard: POST /fail',
      error,
    );
  });

  it('passes on a client error of Express middleware', async () => {
    const res = await request(app)
      .post('/fail')
      .set('Content-Type', 'application/json')
      .send('{"not json');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      name: 'SyntaxError',
      message: expect.any(String),
      statusCode: 400,
    });
  });
});
