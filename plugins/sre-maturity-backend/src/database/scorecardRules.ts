import { Applicability } from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { EntityRecord } from './types';

// The rules of what the scorecard shows and counts, each written once here,
// as conditions on the entities table aliased `e`. Filters, counts and sorts
// all use these; nothing else spells a rule out.

/** SQL with its bindings, to be combined into a larger raw query. */
export interface SqlFragment {
  sql: string;
  bindings: Knex.RawBinding[];
}

/**
 * A rule that holds or fails for each entity. Both conditions are given,
 * as a column may be NULL, where `NOT` would not give the opposite.
 */
export interface EntityRule {
  holds: SqlFragment;
  fails: SqlFragment;
}

/**
 * Stale: the entity has an answer given before `staleBefore`. An entity
 * without answers is not stale.
 */
export function staleRule(staleBefore: Date): EntityRule {
  return {
    holds: { sql: 'e.oldest_answer_at < ?', bindings: [staleBefore] },
    fails: {
      sql: '(e.oldest_answer_at IS NULL OR e.oldest_answer_at >= ?)',
      bindings: [staleBefore],
    },
  };
}

/** Below target: the entity is some criteria short of its target phase. */
export const belowTargetRule: EntityRule = {
  holds: { sql: 'e.gap > 0', bindings: [] },
  fails: { sql: 'e.gap = 0', bindings: [] },
};

/**
 * Limits the query to the entities the `applicability` filter keeps: by
 * default those to which at least one criterion applies (the record's
 * `applicable`), `none` those to which nothing does, `all` every one.
 * `column` is the entities' `applicable` column or the tags' copy of it.
 */
export function whereApplicability(
  builder: Knex.QueryBuilder,
  column: 'e.applicable' | 't.applicable',
  applicability: Applicability = 'applicable',
): Knex.QueryBuilder {
  return applicability === 'all'
    ? builder
    : builder.where(column, applicability === 'applicable');
}

/** Limits the query to the entities for which `rule` holds, or fails. */
export function whereRule(
  builder: Knex.QueryBuilder,
  rule: EntityRule,
  holds: boolean,
): Knex.QueryBuilder {
  const { sql, bindings } = holds ? rule.holds : rule.fails;
  return builder.whereRaw(sql, bindings);
}

/** 1 where `rule` holds, 0 where it fails: to count or sort by. */
export function ruleFlag(rule: EntityRule): SqlFragment {
  return {
    sql: `CASE WHEN ${rule.holds.sql} THEN 1 ELSE 0 END`,
    bindings: rule.holds.bindings,
  };
}

// On the scorecard: in the catalog (of a kind not excluded) and not exempt.
// Each is a column of `e`, the record's field it is written from and the
// value the scorecard wants.
const IN_CATALOG = {
  column: 'e.in_catalog',
  field: 'scorable',
  value: true,
} as const;
const NOT_EXEMPT = {
  column: 'e.exempt',
  field: 'exempt',
  value: false,
} as const;
const ON_SCORECARD = [IN_CATALOG, NOT_EXEMPT] as const;

/** Limits the query to the entities on the scorecard. */
export function whereOnScorecard(
  builder: Knex.QueryBuilder,
): Knex.QueryBuilder {
  for (const { column, value } of ON_SCORECARD) {
    builder.where(column, value);
  }
  return builder;
}

/** Whether a record about to be written is of an entity on the scorecard. */
export function isOnScorecard(
  record: Pick<EntityRecord, 'scorable' | 'exempt'>,
): boolean {
  return ON_SCORECARD.every(({ field, value }) => record[field] === value);
}

/**
 * Limits the query to the entities the scorecard leaves out only for their
 * exemption: in the catalog (of a kind not excluded) and exempt.
 */
export function whereExempt(builder: Knex.QueryBuilder): Knex.QueryBuilder {
  return builder
    .where(IN_CATALOG.column, IN_CATALOG.value)
    .where(NOT_EXEMPT.column, !NOT_EXEMPT.value);
}
