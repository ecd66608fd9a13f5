import { CacheService, DatabaseService } from '@backstage/backend-plugin-api';
import { AssessmentStore } from './AssessmentStore';
import { CampaignCoverageStore } from './CampaignCoverageStore';
import { CampaignStore } from './CampaignStore';
import { CachingScorecardStore } from './CachingScorecardStore';
import { DatabaseAssessmentStore } from './DatabaseAssessmentStore';
import { DatabaseCampaignCoverageStore } from './DatabaseCampaignCoverageStore';
import { DatabaseCampaignStore } from './DatabaseCampaignStore';
import { DatabaseEntityStore } from './DatabaseEntityStore';
import { DatabaseEvidenceCacheStore } from './DatabaseEvidenceCacheStore';
import { DatabaseGroupTreeStore } from './DatabaseGroupTreeStore';
import { DatabaseNoticeStore } from './DatabaseNoticeStore';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { DatabaseSnapshotStore } from './DatabaseSnapshotStore';
import { EntityStore } from './EntityStore';
import { EvidenceCacheStore } from './EvidenceCacheStore';
import { GroupTreeStore } from './GroupTreeStore';
import { migrateToLatest } from './migrateToLatest';
import { NoticeStore } from './NoticeStore';
import { ScorecardStore } from './ScorecardStore';
import { readScorecardVersion } from './scorecardVersion';
import { SnapshotStore } from './SnapshotStore';
import { VisibleEntityStore } from './VisibleEntityStore';

/** The plugin's stores, each behind its interface, on one database. */
export interface SreMaturityStores {
  assessments: AssessmentStore;
  entities: EntityStore;
  snapshots: SnapshotStore;
  scorecard: ScorecardStore;
  /** The catalog's group tree, for roll-ups through sub-groups. */
  groups: GroupTreeStore;
  /** What notices are about, and which went out. */
  notices: NoticeStore;
  /** The lists of entities that conditionally allowed callers may read. */
  visibleEntities: VisibleEntityStore;
  /** What cached evidence providers read. */
  evidenceCache: EvidenceCacheStore;
  /** The campaigns created in the portal. */
  campaigns: CampaignStore;
  /** What campaigns read of the scorecard's entities and snapshots. */
  campaignCoverage: CampaignCoverageStore;
  /** Resolves once the database answers a trivial query. */
  checkDatabase(): Promise<void>;
}

/**
 * Migrates the plugin's database, unless told to skip migrations, and
 * builds its stores: the scorecard's counts cached, and forgotten after
 * each write of the other stores, which also refreshes owner roll-ups.
 */
export async function createDatabaseStores(options: {
  database: DatabaseService;
  /** Where the scorecard's counts are cached. */
  cache: CacheService;
}): Promise<SreMaturityStores> {
  const { database, cache } = options;
  const db = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateToLatest(db);
  }
  const counts = new DatabaseScorecardStore(db);
  const scorecard = new CachingScorecardStore(counts, cache, () =>
    readScorecardVersion(db),
  );
  const onScorecardWrite = (version: number, bySync?: boolean) => {
    scorecard.invalidate(version);
    // Group pages then read the written owners' roll-ups counted; a sync
    // run refreshes them once at its end rather than after each page.
    if (!bySync) {
      counts.refreshOwnerRollUpsSoon();
    }
  };
  return {
    assessments: new DatabaseAssessmentStore(db, onScorecardWrite),
    entities: new DatabaseEntityStore(db, onScorecardWrite),
    snapshots: new DatabaseSnapshotStore(db),
    scorecard,
    groups: new DatabaseGroupTreeStore(db),
    notices: new DatabaseNoticeStore(db),
    visibleEntities: new VisibleEntityStore(db),
    evidenceCache: new DatabaseEvidenceCacheStore(db),
    campaigns: new DatabaseCampaignStore(db),
    campaignCoverage: new DatabaseCampaignCoverageStore(db),
    checkDatabase: async () => {
      await db.raw('SELECT 1');
    },
  };
}
