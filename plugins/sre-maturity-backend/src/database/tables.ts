// Table names and row shapes, as created by the migrations.

export const ENTITIES = 'sre_maturity_entities';
export const ENTITY_TAGS = 'sre_maturity_entity_tags';
export const ENTITY_EVIDENCE = 'sre_maturity_entity_evidence';
export const VIEWERS = 'sre_maturity_viewers';
export const VIEWER_ENTITIES = 'sre_maturity_viewer_entities';
export const AREA_RESULTS = 'sre_maturity_area_results';
export const ANSWERS = 'sre_maturity_answers';
export const HISTORY = 'sre_maturity_history';
export const SNAPSHOTS = 'sre_maturity_snapshots';
export const SCORECARD_VERSION = 'sre_maturity_scorecard_version';
export const CAMPAIGNS = 'sre_maturity_campaigns';
export const CAMPAIGN_HISTORY = 'sre_maturity_campaign_history';

type Timestamp = Date | number | string;

export interface EntityRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  /** The title in lower case, for searching. */
  title_lower: string | null;
  owner: string | null;
  system: string | null;
  type: string | null;
  lifecycle: string | null;
  tags: string;
  targets: string;
  target: string | null;
  exempt: boolean | number;
  exempt_reason: string | null;
  in_catalog: boolean | number;
  applicable: boolean | number;
  revision: number;
  overall_rank: number;
  score: number;
  gap: number;
  area_levels: string;
  tier: string | null;
  last_assessed_at: Timestamp | null;
  oldest_answer_at: Timestamp | null;
  fingerprint: string;
  synced_at: Timestamp | null;
}

// The criteria each entity satisfies (migration 20261202000600_entity_criteria).
export const ENTITY_CRITERIA = 'sre_maturity_entity_criteria';

export interface EntityCriteriaRow {
  entity_ref: string;
  /** JSON array of the criteria met or not applicable. */
  satisfied_criteria: string;
}

export interface EvidenceRow {
  entity_ref: string;
  /** JSON array of evidence. */
  evidence: string;
}

export interface AreaResultRow {
  entity_ref: string;
  area_id: string;
  applicable: boolean | number;
  level_rank: number;
  progress: number;
  gap: number;
}

export interface AnswerRow {
  entity_ref: string;
  criterion_id: string;
  status: string;
  note: string | null;
  evidence_url: string | null;
  reason: string | null;
  expires_at: string | null;
  answered_by: string;
  answered_at: Timestamp;
}

export interface HistoryRow {
  id: number | string;
  entity_ref: string;
  criterion_id: string;
  old_status: string | null;
  new_status: string | null;
  note: string | null;
  evidence_url: string | null;
  reason: string | null;
  expires_at: string | null;
  actor: string;
  created_at: Timestamp;
  revision: number;
}

export interface SnapshotRow {
  id: number | string;
  entity_ref: string;
  taken_at: Timestamp;
  day: string;
  daily_day: string | null;
  reason: 'change' | 'daily';
  overall_rank: number;
  score: number;
  area_levels: string;
}

// The group tree (migration 20261202000200_group_tree).
export const GROUPS = 'sre_maturity_groups';

export interface GroupRow {
  entity_ref: string;
  parent_ref: string | null;
  title: string | null;
}

// What cached evidence providers read (migration 20261202000100_evidence_cache).
export const EVIDENCE_CACHE = 'sre_maturity_evidence_cache';

export interface EvidenceCacheRow {
  provider: string;
  entity_ref: string;
  source: string;
  status: 'read' | 'unreadable';
  /** JSON array of evidence. */
  evidence: string;
  message: string | null;
  read_at: Timestamp | null;
  checked_at: Timestamp;
}

// Sent notices (migration 20261202000400_notices).
export const NOTICES = 'sre_maturity_notices';

export interface NoticeRow {
  notice_key: string;
  kind: string;
  status: 'sending' | 'sent';
  claim_token: string;
  claimed_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface CampaignRow {
  id: string;
  title: string;
  description: string;
  /** JSON CampaignFilter. */
  filter: string;
  /** JSON CampaignTarget. */
  target: string;
  starts_on: string;
  deadline: string;
  /** JSON array of entity refs. */
  managers: string;
  revision: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CampaignHistoryRow {
  id: number | string;
  campaign_id: string;
  revision: number;
  action: 'created' | 'updated' | 'deleted';
  actor: string;
  at: Timestamp;
  /** JSON Campaign. */
  campaign: string;
}

// Owner roll-ups kept between requests (migration 20261202000500_owner_roll_ups).
export const OWNER_CHANGES = 'sre_maturity_owner_changes';
export const OWNER_ROLL_UPS = 'sre_maturity_owner_roll_ups';

export interface OwnerChangesRow {
  owner: string;
  changes: number | string;
}

export interface OwnerRollUpRow {
  owner: string;
  counted_changes: number | string;
  /** JSON of a `StoredRollUp`. */
  roll_up: string;
}
