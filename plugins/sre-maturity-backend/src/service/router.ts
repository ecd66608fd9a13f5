import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, serializeError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  emptyLevelCounts,
  MaturityModel,
  sreMaturitySyncPermission,
} from '@sre-maturity/backstage-plugin-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import express, { Request } from 'express';
import { AssessmentService } from '../assessment/AssessmentService';
import { GroupTreeStore } from '../database/GroupTreeStore';
import { CampaignService } from '../campaigns/CampaignService';
import { ScorecardStore } from '../database/ScorecardStore';
import { ScorecardSelection } from '../database/types';
import { groupMaturity } from '../groups/groupMaturity';
import { createOpenApiRouter } from '../schema/openapi';
import { SyncTriggerStatus } from '../sync/triggerCatalogSync';
import { validEntityRef } from '../assessment/validEntityRef';
import { EntityVisibilityResolver } from './EntityVisibilityResolver';
import { auditedCampaignWrite, sendCampaignWrite } from './campaignWrites';
import { createErrorHandler } from './errorHandler';
import { restoreHead, validateHeadAsGet } from './headRequests';
import { methodNotAllowed } from './methodNotAllowed';
import { modelAreasOnly } from './modelAreas';
import {
  encodeHistoryCursor,
  parseDayRange,
  parseFacetsWanted,
  parseHistoryCursor,
  parsePage,
  parseRevision,
  parseScorecardFilter,
  parseScorecardOrder,
} from './parseQuery';
import { rejectNulCharacters } from './rejectNulCharacters';
import { scorecardCsvChunks, scorecardCsvHeader } from './scorecardCsv';
import { scorecardSelection } from './scorecardSelection';
import { sendCsvDownload } from './sendCsvDownload';
import { updateAssessmentAudited } from './updateAssessmentAudited';

const EXPORT_PAGE_SIZE = 5000;

export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  assessments: AssessmentService;
  campaigns: CampaignService;
  visibility: EntityVisibilityResolver;
  scorecard: ScorecardStore;
  /** The catalog's group tree, for sub-groups. */
  groupTree: GroupTreeStore;
  /** Resolves once the database answers. */
  checkDatabase: () => Promise<void>;
  /** Asks the scheduler to run the catalog sync now. */
  triggerSync: () => Promise<SyncTriggerStatus>;
  model: MaturityModel;
  staleAfterDays: number;
  /** `app.baseUrl`, for the export's links to entity pages. */
  appBaseUrl?: string;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    logger,
    httpAuth,
    permissions,
    auditor,
    assessments,
    visibility,
    scorecard,
    groupTree,
    checkDatabase,
    triggerSync,
    model,
    staleAfterDays,
  } = options;
  // These run before the OpenAPI validator; `express.json()` is the
  // middleware the validated router has by default.
  const router = await createOpenApiRouter({
    middleware: [express.json(), validateHeadAsGet, rejectNulCharacters],
  });
  router.use(restoreHead);

  const selectionOf = async (
    req: Request<any, any, any, any>,
  ): Promise<ScorecardSelection> =>
    scorecardSelection({
      filter: parseScorecardFilter(req.query),
      credentials: await httpAuth.credentials(req),
      visibility,
      groupTree,
      staleAfterDays,
    });
  const modelAreasOf = modelAreasOnly(model);

  // Readiness: 503 while the database does not answer (README, Operations).
  // A route of its own, as Backstage 1.55's root health service (behind
  // /.backstage/health/v1/readiness) takes no checks from plugins.
  router.get('/health', async (_req, res) => {
    await checkDatabase();
    res.json({ status: 'ok' });
  });

  // Credentials are checked by the httpRouter's default auth policy.
  router.get('/model', async (_req, res) => {
    res.json({ model, staleAfterDays });
  });

  router.get('/assessments/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await assessments.getAssessment(req.params, credentials));
  });

  router.patch('/assessments/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const outcome = await updateAssessmentAudited({
      assessments,
      auditor,
      ref: req.params,
      revision: req.body.revision,
      answers: req.body.answers,
      credentials,
      request: req,
    });
    if (outcome.type === 'conflict') {
      res.status(409).json({
        error: serializeError(outcome.error),
        request: { method: req.method, url: req.url },
        response: { statusCode: 409 },
        current: outcome.current,
      });
      return;
    }
    res.json(outcome.assessment);
  });

  router.get(
    '/assessments/:kind/:namespace/:name/history',
    async (req, res) => {
      const beforeId = parseHistoryCursor(req.query.cursor);
      const limit = Number(req.query.limit ?? 20);
      const credentials = await httpAuth.credentials(req);
      const { items, hasMore } = await assessments.getHistory(
        req.params,
        credentials,
        { limit, beforeId, criterionId: req.query.criterionId },
      );
      res.json({
        items,
        ...(hasMore && {
          nextCursor: encodeHistoryCursor(items[items.length - 1].id),
        }),
      });
    },
  );

  router.get('/assessments/:kind/:namespace/:name/trend', async (req, res) => {
    const range = parseDayRange(req.query, new Date());
    const credentials = await httpAuth.credentials(req);
    const items = await assessments.getTrend(req.params, credentials, range);
    res.json({ ...range, items });
  });

  router.get('/scorecard', async (req, res) => {
    const order = parseScorecardOrder(req.query, model);
    const page = parsePage(req.query);
    const selection = await selectionOf(req);
    const [items, counts] = await Promise.all([
      scorecard.page(selection, order, page),
      parseFacetsWanted(req.query)
        ? scorecard.aggregates(selection)
        : scorecard.totals(selection).then(totals => ({ totals })),
    ]);
    res.json({
      items: items.map(row => ({
        ...row,
        areas: modelAreasOf(row.areas),
      })),
      totalItems: counts.totals.entities,
      ...page,
      ...counts,
    });
  });

  router.get('/scorecard/facets', async (req, res) => {
    const selection = await selectionOf(req);
    const { facets } = await scorecard.aggregates(selection);
    res.json({ facets });
  });

  router.get('/scorecard/groups', async (req, res) => {
    const page = parsePage(req.query);
    const selection = await selectionOf(req);
    const groups = await scorecard.groups(selection, {
      by: req.query.by,
      orderBy: req.query.orderBy ?? 'key',
      order: req.query.order ?? 'asc',
      ...page,
    });
    res.json({
      by: req.query.by,
      items: groups.items.map(group => ({
        ...group,
        areas: modelAreasOf(group.areas),
      })),
      totalItems: groups.totalItems,
      ...page,
    });
  });

  router.get('/scorecard/trend', async (req, res) => {
    const range = parseDayRange(req.query, new Date());
    const selection = await selectionOf(req);
    const items = await scorecard.trend(selection, range);
    res.json({ ...range, items });
  });

  router.get('/scorecard/areas', async (req, res) => {
    const areas = await scorecard.areas(await selectionOf(req));
    res.json({
      areas: Object.fromEntries(
        model.areas.map(area => [
          area.id,
          areas[area.id] ?? emptyLevelCounts(),
        ]),
      ),
    });
  });

  router.get('/scorecard/exempt', async (req, res) => {
    const page = parsePage(req.query);
    const credentials = await httpAuth.credentials(req);
    const exempt = await scorecard.exempt(
      await visibility.resolve(credentials),
      page,
    );
    res.json({ ...exempt, ...page });
  });

  router.get('/scorecard/export.csv', async (req, res) => {
    const order = parseScorecardOrder(req.query, model);
    const selection = await selectionOf(req);
    await sendCsvDownload(res, {
      filename: 'sre-maturity-scorecard.csv',
      header: scorecardCsvHeader(model),
      chunks: scorecardCsvChunks(
        model,
        scorecard.iterate(selection, order, EXPORT_PAGE_SIZE),
        { appBaseUrl: options.appBaseUrl },
      ),
    });
  });

  router.get('/groups/:kind/:namespace/:name/maturity', async (req, res) => {
    const groupRef = stringifyEntityRef(validEntityRef(req.params));
    const [selection, tree] = await Promise.all([
      selectionOf(req),
      groupTree.getGroupTree(),
    ]);
    const group = await groupMaturity({ scorecard, tree, selection, groupRef });
    res.json({
      ...group,
      areas: modelAreasOf(group.areas),
      subgroups: group.subgroups.map(row => ({
        ...row,
        areas: modelAreasOf(row.areas),
      })),
      direct: { ...group.direct, areas: modelAreasOf(group.direct.areas) },
    });
  });

  router.post('/sync', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: sreMaturitySyncPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You are not allowed to run the catalog sync');
    }
    const auditorEvent = await auditor.createEvent({
      eventId: 'catalog-sync',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const status = await triggerSync();
      await auditorEvent.success({ meta: { status } });
      res.status(202).json({ status });
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });

  // Campaigns (#16).

  router.get('/campaigns', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({
      items: await options.campaigns.listCampaignStandings(
        new Date(),
        await visibility.resolve(credentials),
      ),
    });
  });

  router.post('/campaigns', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const outcome = await auditedCampaignWrite(
      auditor,
      'campaign-create',
      req,
      { title: req.body.title },
      async () => ({
        type: 'written',
        campaign: await options.campaigns.createCampaign(
          req.body,
          credentials,
          new Date(),
        ),
      }),
    );
    sendCampaignWrite(req, res, outcome, {}, campaign =>
      res.status(201).json(campaign),
    );
  });

  router.get('/campaigns/:id', async (req, res) => {
    res.json(await options.campaigns.getCampaign(req.params.id));
  });

  router.put('/campaigns/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const meta = { campaignId: req.params.id, revision: req.body.revision };
    const outcome = await auditedCampaignWrite(
      auditor,
      'campaign-update',
      req,
      meta,
      () =>
        options.campaigns.updateCampaign(
          req.params.id,
          req.body.revision,
          req.body.campaign,
          credentials,
          new Date(),
        ),
    );
    sendCampaignWrite(req, res, outcome, meta, campaign => res.json(campaign));
  });

  router.delete('/campaigns/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const revision = parseRevision(req.query.revision);
    const meta = { campaignId: req.params.id, revision };
    const outcome = await auditedCampaignWrite(
      auditor,
      'campaign-delete',
      req,
      meta,
      () =>
        options.campaigns.deleteCampaign(
          req.params.id,
          revision,
          credentials,
          new Date(),
        ),
    );
    sendCampaignWrite(req, res, outcome, meta, () => res.status(204).end());
  });

  router.get('/campaigns/:id/history', async (req, res) => {
    res.json({ items: await options.campaigns.getHistory(req.params.id) });
  });

  router.get('/campaigns/:id/progress', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await options.campaigns.getProgress(
        req.params.id,
        new Date(),
        await visibility.resolve(credentials),
      ),
    );
  });

  router.get(
    '/assessments/:kind/:namespace/:name/campaigns',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      res.json({
        items: await options.campaigns.getEntityCampaigns(
          req.params,
          credentials,
        ),
      });
    },
  );

  router.use(methodNotAllowed());
  router.use(createErrorHandler(logger));
  return router;
}
