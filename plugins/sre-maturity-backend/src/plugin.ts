import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  CATALOG_EVIDENCE_PROVIDER,
  readSreMaturityConfig,
  sreMaturityPermissions,
} from '@sre-maturity/backstage-plugin-common';
import {
  EvidenceProvider,
  sreMaturityEvidenceExtensionPoint,
} from '@sre-maturity/backstage-plugin-node';
import { createSreMaturityActions } from './actions';
import { AssessmentService } from './assessment/AssessmentService';
import { CampaignService } from './campaigns/CampaignService';
import { readCampaignsConfig } from './config/readCampaignsConfig';
import { readDatabaseTimeout } from './config/readDatabaseTimeout';
import { readEvidenceRefreshConfig } from './config/readEvidenceRefreshConfig';
import { readSyncConfig } from './config/readSyncConfig';
import { createDatabaseStores } from './database/createDatabaseStores';
import { isPostgres } from './database/dialect';
import { withDatabaseDeadline } from './database/withDatabaseDeadline';
import { CatalogGroups } from './evidence/CatalogGroups';
import { createCatalogEvidenceProvider } from './evidence/catalogEvidenceProvider';
import { EvidenceCollector } from './evidence/EvidenceCollector';
import { criteriaWithFileRules } from './evidence/repository/fileRuleMatcher';
import {
  createRepositoryEvidenceProvider,
  REPOSITORY_EVIDENCE_PROVIDER,
} from './evidence/repository/repositoryEvidenceProvider';
import { EvidenceRefresh } from './evidence/refresh/EvidenceRefresh';
import { HostRateLimiter } from './evidence/refresh/HostRateLimiter';
import {
  scheduleEvidenceRefresh,
  triggerEvidenceRefresh,
} from './evidence/refresh/scheduleEvidenceRefresh';
import { NoticeSender } from './notifications/NoticeSender';
import { Notifier } from './notifications/Notifier';
import { readNotificationsConfig } from './notifications/readNotificationsConfig';
import { scheduleNotifications } from './notifications/scheduleNotifications';
import { EntityVisibilityResolver } from './service/EntityVisibilityResolver';
import { StoredViewerLists } from './service/StoredViewerLists';
import { createRouter } from './service/router';
import { CatalogSync } from './sync/CatalogSync';
import { scheduleTasks } from './sync/scheduleTasks';
import { triggerCatalogSync } from './sync/triggerCatalogSync';

/**
 * The SRE maturity backend plugin: assessments in the database, evidence
 * from the catalog, the scorecard and its REST API under
 * `/api/sre-maturity`.
 *
 * @public
 */
export const sreMaturityPlugin = createBackendPlugin({
  pluginId: 'sre-maturity',
  register(env) {
    // Modules' providers; the built-in ones need services, so comes at init.
    const providers: EvidenceProvider[] = [];
    env.registerExtensionPoint(sreMaturityEvidenceExtensionPoint, {
      addEvidenceProvider(provider) {
        if (
          provider.id === CATALOG_EVIDENCE_PROVIDER ||
          provider.id === REPOSITORY_EVIDENCE_PROVIDER ||
          providers.some(p => p.id === provider.id)
        ) {
          throw new Error(
            `An evidence provider with id '${provider.id}' is already registered`,
          );
        }
        providers.push(provider);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        cache: coreServices.cache,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
      },
      async init({
        config,
        logger,
        database,
        cache,
        httpRouter,
        httpAuth,
        auth,
        permissions,
        permissionsRegistry,
        auditor,
        scheduler,
        urlReader,
        catalog,
        actionsRegistry,
        notifications,
      }) {
        // These throw on invalid config, naming the key: the backend then
        // refuses to start.
        const { model, staleAfterDays, excludeKinds } =
          readSreMaturityConfig(config);
        const syncConfig = readSyncConfig(config);
        const refreshConfig = readEvidenceRefreshConfig(config);
        const databaseTimeoutMs = readDatabaseTimeout(config);
        const notificationsConfig = readNotificationsConfig(config);
        const configCampaigns = readCampaignsConfig(config, model);

        permissionsRegistry.addPermissions(sreMaturityPermissions);
        const stores = await createDatabaseStores({ database, cache });
        // What requests call: a 503 within the deadline when the database
        // is gone. The sync and snapshots use the stores themselves.
        const requestStores = withDatabaseDeadline(stores, {
          timeoutMs: databaseTimeoutMs,
          logger,
        });
        // Read no repositories when disabled or no criterion names files.
        const readsRepositories =
          (config.getOptionalBoolean(
            'sreMaturity.evidence.repository.enabled',
          ) ??
            true) &&
          criteriaWithFileRules(model).length > 0;
        const allProviders = [
          createCatalogEvidenceProvider({
            groups: new CatalogGroups({ catalog, auth }),
            logger,
          }),
          ...(readsRepositories
            ? [
                createRepositoryEvidenceProvider({
                  urlReader,
                  integrations: ScmIntegrations.fromConfig(config),
                }),
              ]
            : []),
          ...providers,
        ];
        const evidence = new EvidenceCollector(
          allProviders,
          stores.evidenceCache,
          logger,
        );
        const excluded = new Set(
          excludeKinds.map(kind => kind.toLocaleLowerCase('en-US')),
        );
        const sync = new CatalogSync({
          catalog,
          auth,
          assessmentStore: stores.assessments,
          entityStore: stores.entities,
          groupTree: stores.groups,
          scorecard: stores.scorecard,
          evidence,
          model,
          staleAfterDays,
          excludeKinds: excluded,
          pageSize: syncConfig.pageSize,
          logger,
        });
        await scheduleTasks({
          scheduler,
          sync,
          snapshotStore: stores.snapshots,
          catalog,
          auth,
          logger,
          schedule: syncConfig.schedule,
          onPendingSources: () => triggerEvidenceRefresh(scheduler, logger),
        });
        if (evidence.cachedProviders.length > 0) {
          await scheduleEvidenceRefresh({
            scheduler,
            catalog,
            auth,
            logger,
            schedule: refreshConfig.schedule,
            refresh: new EvidenceRefresh({
              catalog,
              auth,
              providers: evidence.cachedProviders,
              cache: stores.evidenceCache,
              sync,
              model,
              excludeKinds: excluded,
              pageSize: syncConfig.pageSize,
              concurrency: refreshConfig.concurrency,
              refreshAfterMs: refreshConfig.refreshAfterMs,
              limiter: new HostRateLimiter(
                refreshConfig.requestsPerMinutePerHost,
              ),
              logger,
            }),
          });
        }

        const assessments = new AssessmentService({
          catalog,
          permissions,
          assessmentStore: requestStores.assessments,
          entityStore: requestStores.entities,
          snapshotStore: requestStores.snapshots,
          // Cached evidence as requests read it, within their deadline.
          evidence: new EvidenceCollector(
            allProviders,
            requestStores.evidenceCache,
            logger,
          ),
          model,
          staleAfterDays,
          excludeKinds: excluded,
        });
        const campaigns = new CampaignService({
          campaignStore: requestStores.campaigns,
          coverageStore: requestStores.campaignCoverage,
          groups: requestStores.groups,
          assessments,
          permissions,
          model,
          configCampaigns,
          cache,
        });
        if (notificationsConfig.enabled.size > 0) {
          await scheduleNotifications({
            scheduler,
            schedule: notificationsConfig.schedule,
            notifier: new Notifier({
              store: stores.notices,
              sender: new NoticeSender({
                store: stores.notices,
                notifications,
                logger,
              }),
              campaigns,
              model,
              staleAfterDays,
              enabled: notificationsConfig.enabled,
              logger,
            }),
          });
        }

        const visibility = new EntityVisibilityResolver({
          permissions,
          catalog,
          // Storing the lists pays on PostgreSQL, where the benchmark
          // measured it (docs/performance.md); elsewhere queries carry them.
          lists: isPostgres(await database.getClient())
            ? new StoredViewerLists({
                visibleEntities: requestStores.visibleEntities,
                logger,
              })
            : undefined,
        });
        httpRouter.use(
          await createRouter({
            logger,
            httpAuth,
            permissions,
            auditor,
            assessments,
            campaigns,
            visibility,
            scorecard: requestStores.scorecard,
            groupTree: requestStores.groups,
            checkDatabase: requestStores.checkDatabase,
            triggerSync: () => triggerCatalogSync(scheduler),
            model,
            staleAfterDays,
            appBaseUrl: config.getOptionalString('app.baseUrl'),
          }),
        );
        createSreMaturityActions({
          actionsRegistry,
          auth,
          auditor,
          assessments,
          visibility,
          scorecard: requestStores.scorecard,
          groupTree: requestStores.groups,
          model,
          staleAfterDays,
        });
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
