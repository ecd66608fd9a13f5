import { ScorecardRow } from '@sre-maturity/backstage-plugin-common';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { testModel } from '../__testUtils__/fixtures';
import { CampaignService } from '../campaigns/CampaignService';
import { AssessmentService } from '../assessment/AssessmentService';
import { ScorecardStore } from '../database/ScorecardStore';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';
import { createRouter } from './router';
import { GroupTreeStore } from '../database/GroupTreeStore';

// The export with a store whose pages fail where the test says: the router
// is cut at the store, its one edge to the database.

function row(name: string): ScorecardRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    namespace: 'default',
    name,
    tags: [],
    areas: {},
    applicable: true,
    overall: 'not-started',
    score: 0,
    gap: 0,
    stale: false,
  };
}

describe('GET /scorecard/export.csv', () => {
  let pages: (() => Promise<ScorecardRow[]>)[];
  const logger = mockServices.logger.mock();
  let server: http.Server;

  beforeAll(async () => {
    const scorecard = {
      async *iterate() {
        for (const page of pages) {
          yield page();
        }
      },
    } as unknown as ScorecardStore;
    const app = express();
    app.use(
      await createRouter({
        logger,
        httpAuth: mockServices.httpAuth(),
        permissions: mockServices.permissions(),
        auditor: mockServices.auditor.mock(),
        assessments: {} as AssessmentService,
        campaigns: {} as CampaignService,
        visibility: {
          resolve: async () => ({ type: 'all' }),
        } as unknown as EntityVisibilityResolver,
        scorecard,
        groupTree: {} as GroupTreeStore,
        checkDatabase: jest.fn(),
        triggerSync: jest.fn(),
        model: testModel,
        staleAfterDays: 30,
      }),
    );
    app.use(
      MiddlewareFactory.create({
        config: mockServices.rootConfig(),
        logger: mockServices.logger.mock(),
      }).error(),
    );
    server = app.listen(0);
  });

  afterAll(() => server.close());

  const rows =
    (...names: string[]) =>
    async () =>
      names.map(row);
  const failure = async (): Promise<ScorecardRow[]> => {
    throw new Error(
      'select "entity_ref" from "sre_maturity_entities" - timeout',
    );
  };

  it('streams every page', async () => {
    pages = [rows('a'), rows('b')];
    const res = await request(server).get('/scorecard/export.csv');
    expect(res.status).toBe(200);
    expect(res.text.split('\r\n').map(line => line.split(',')[0])).toEqual([
      'entityRef',
      'component:default/a',
      'component:default/b',
      '',
    ]);
  });

  it('answers an error, not a file, when the first page fails', async () => {
    pages = [failure];
    const res = await request(server).get('/scorecard/export.csv');
    expect(res.status).toBe(500);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.body.error).toEqual({
      name: 'Error',
      message: 'Could not export the scorecard',
    });
    expect(logger.error).toHaveBeenCalledWith(
      'Could not export the scorecard: GET /scorecard/export.csv',
      expect.objectContaining({ message: expect.stringContaining('timeout') }),
    );
  });

  it('cuts the download short of its end when a later page fails', async () => {
    // The second page fails once the client has the first.
    let received: () => void;
    const firstPageReceived = new Promise<void>(resolve => {
      received = resolve;
    });
    pages = [
      rows('a'),
      async () => {
        await firstPageReceived;
        return failure();
      },
    ];
    const { port } = server.address() as AddressInfo;
    const result = await new Promise<{
      status?: number;
      body: string;
      complete: boolean;
      error?: string;
    }>(resolve => {
      http.get(`http://localhost:${port}/scorecard/export.csv`, res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => {
          body += chunk;
          if (body.includes('component:default/a')) {
            received();
          }
        });
        const done = (error?: Error) =>
          resolve({
            status: res.statusCode,
            body,
            complete: res.complete,
            error: error?.message,
          });
        res.on('error', done);
        res.on('close', () => done());
      });
    });
    expect(result).toMatchObject({
      status: 200,
      complete: false,
      error: 'aborted',
    });
    expect(result.body).toMatch(/^entityRef,.*\r\ncomponent:default\/a,/);
  });
});
