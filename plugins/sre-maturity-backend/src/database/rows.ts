import { createHash } from 'node:crypto';
import {
  Answer,
  AnswerStatus,
  levelOfRank,
  EntitySummary,
  ExemptEntity,
  PhaseId,
  TrendPoint,
  HistoryEvent,
  ScorecardRow,
} from '@sre-maturity/backstage-plugin-common';
import { optional, readJson, readTimestamp } from './conversions';
import {
  AnswerRow,
  AreaResultRow,
  EntityRow,
  EntityCriteriaRow,
  EvidenceRow,
  HistoryRow,
  SnapshotRow,
} from './tables';
import { EntityRecord } from './types';

// Conversions between the rows of the tables and the store's records.

const MAX_INDEXED_LENGTH = 255;

/**
 * The first 255 characters, as the columns hold: counted in code points,
 * as the databases count, so that no emoji is cut in half (a lone half
 * would be stored as U+FFFD).
 */
function truncated(value: string): string {
  return value.length <= MAX_INDEXED_LENGTH
    ? value
    : Array.from(value).slice(0, MAX_INDEXED_LENGTH).join('');
}

function indexable(value: string | undefined): string | null {
  return value === undefined ? null : truncated(value);
}

/** A hash of everything cached about an entity, to skip unchanged writes. */
export function fingerprintOf(record: EntityRecord): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

export function toEntityRow(
  record: EntityRecord,
): Omit<EntityRow, 'revision' | 'synced_at'> {
  return {
    entity_ref: record.entityRef,
    kind: record.kind,
    namespace: record.namespace,
    name: record.name,
    title: indexable(record.title),
    title_lower: indexable(record.title?.toLocaleLowerCase('en-US')),
    owner: indexable(record.owner),
    system: indexable(record.system),
    type: indexable(record.type),
    lifecycle: indexable(record.lifecycle),
    tags: JSON.stringify(record.tags),
    targets: JSON.stringify(record.targets),
    target: record.target ?? null,
    exempt: record.exempt,
    exempt_reason: record.exemptReason ?? null,
    in_catalog: record.scorable,
    applicable: record.applicable,
    overall_rank: record.overallRank,
    score: record.score,
    gap: record.gap,
    // Trends show the areas that apply only.
    area_levels: JSON.stringify(
      Object.fromEntries(
        record.areas
          .filter(a => a.applicable)
          .map(a => [a.areaId, a.levelRank]),
      ),
    ),
    tier: indexable(record.tier),
    last_assessed_at: record.lastAssessedAt
      ? new Date(record.lastAssessedAt)
      : null,
    oldest_answer_at: record.oldestAnswerAt
      ? new Date(record.oldestAnswerAt)
      : null,
    fingerprint: fingerprintOf(record),
  };
}

/** The satisfied criteria's row, for a record that knows them. */
export function toCriteriaRows(record: EntityRecord): EntityCriteriaRow[] {
  return record.satisfiedCriteria
    ? [
        {
          entity_ref: record.entityRef,
          satisfied_criteria: JSON.stringify(record.satisfiedCriteria),
        },
      ]
    : [];
}

export function toEvidenceRow(record: EntityRecord): EvidenceRow {
  return {
    entity_ref: record.entityRef,
    evidence: JSON.stringify(record.evidence),
  };
}

export function toAreaRows(record: EntityRecord): AreaResultRow[] {
  return record.areas.map(area => ({
    entity_ref: record.entityRef,
    area_id: area.areaId,
    applicable: area.applicable,
    level_rank: area.levelRank,
    progress: area.progress,
    gap: area.gap,
  }));
}

export function toTagRows(record: EntityRecord) {
  return [...new Set(record.tags.map(truncated))].map(tag => ({
    entity_ref: record.entityRef,
    tag,
    applicable: record.applicable,
  }));
}

/** The entity columns that describe an entity, as the API summarizes it. */
const ENTITY_SUMMARY_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'owner',
  'system',
  'type',
  'lifecycle',
  'tags',
] as const;

type EntitySummaryRow = Pick<
  EntityRow,
  (typeof ENTITY_SUMMARY_COLUMNS)[number]
>;

function toEntitySummary(row: EntitySummaryRow): EntitySummary {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: optional(row.title),
    owner: optional(row.owner),
    system: optional(row.system),
    type: optional(row.type),
    lifecycle: optional(row.lifecycle),
    tags: readJson<string[]>(row.tags, []),
  };
}

/** The columns an exempt entity is listed with. */
export const EXEMPT_ENTITY_COLUMNS = [
  ...ENTITY_SUMMARY_COLUMNS,
  'exempt_reason',
] as const;

export function toExemptEntity(
  row: Pick<EntityRow, (typeof EXEMPT_ENTITY_COLUMNS)[number]>,
): ExemptEntity {
  return {
    entity: toEntitySummary(row),
    exemptReason: optional(row.exempt_reason),
  };
}

/** The entity columns a scorecard row shows. */
export const SCORECARD_ENTITY_COLUMNS = [
  ...ENTITY_SUMMARY_COLUMNS,
  'applicable',
  'overall_rank',
  'score',
  'target',
  'gap',
  'last_assessed_at',
] as const;

/** The columns a scorecard row shows, and `stale`: 1 or 0, by its rule. */
export type ScorecardEntityRow = Pick<
  EntityRow,
  (typeof SCORECARD_ENTITY_COLUMNS)[number]
> & { stale: number | string };

export function toScorecardRow(
  row: ScorecardEntityRow,
  areas: AreaResultRow[],
): ScorecardRow {
  return {
    ...toEntitySummary(row),
    areas: Object.fromEntries(
      areas.map(area => [
        area.area_id,
        {
          applicable: Boolean(area.applicable),
          level: levelOfRank(area.level_rank),
          progress: Number(area.progress),
        },
      ]),
    ),
    applicable: Boolean(row.applicable),
    overall: levelOfRank(row.overall_rank),
    score: row.score,
    target: optional(row.target) as PhaseId | undefined,
    gap: row.gap,
    lastAssessedAt: readTimestamp(row.last_assessed_at),
    stale: Number(row.stale) === 1,
  };
}

export function toAnswerRow(entityRef: string, answer: Answer): AnswerRow {
  return {
    entity_ref: entityRef,
    criterion_id: answer.criterionId,
    status: answer.status,
    note: answer.note ?? null,
    evidence_url: answer.evidenceUrl ?? null,
    reason: answer.reason ?? null,
    expires_at: answer.expiresAt ?? null,
    answered_by: answer.answeredBy,
    answered_at: new Date(answer.answeredAt),
  };
}

export function toAnswer(row: AnswerRow): Answer {
  return {
    criterionId: row.criterion_id,
    status: row.status as AnswerStatus,
    note: optional(row.note),
    evidenceUrl: optional(row.evidence_url),
    reason: optional(row.reason),
    expiresAt: optional(row.expires_at),
    answeredBy: row.answered_by,
    answeredAt: readTimestamp(row.answered_at)!,
  };
}

export function toHistoryEvent(row: HistoryRow): HistoryEvent {
  return {
    id: String(row.id),
    criterionId: row.criterion_id,
    oldStatus: row.old_status as AnswerStatus | null,
    newStatus: row.new_status as AnswerStatus | null,
    note: optional(row.note),
    evidenceUrl: optional(row.evidence_url),
    reason: optional(row.reason),
    expiresAt: optional(row.expires_at),
    actor: row.actor,
    createdAt: readTimestamp(row.created_at)!,
    revision: row.revision,
  };
}

export function toTrendPoint(row: SnapshotRow): TrendPoint {
  const ranks = readJson<Record<string, number>>(row.area_levels, {});
  return {
    day: row.daily_day ?? row.day,
    overall: levelOfRank(row.overall_rank),
    score: row.score,
    areas: Object.fromEntries(
      Object.entries(ranks).map(([areaId, rank]) => [
        areaId,
        levelOfRank(rank),
      ]),
    ),
  };
}
