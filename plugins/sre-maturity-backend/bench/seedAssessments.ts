import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  listCriteria,
  MaturityModel,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { AnswerRow } from '../src/database/tables';
import { SCORED_KINDS } from './generateCatalog';
import { Random } from '../src/__testUtils__/random';

// Bulk seeding straight into the plugin's tables (PostgreSQL only): going
// through the API for hundreds of thousands of answers would take the better
// part of an hour. The sync then computes every score from these answers
// with the plugin's own code.

const DAY_MS = 24 * 60 * 60 * 1000;
const JSON_CHUNK = 5000;

/** How likely a criterion of each phase is answered, and met, at maturity m. */
const PHASE_ODDS: Record<PhaseId, (m: number) => [number, number]> = {
  crawl: m => [0.9, 0.5 + 0.5 * m],
  walk: m => [m, m],
  run: m => [0.5 * m, 0.7 * m],
};

async function insertJson(
  knex: Knex,
  table: string,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    await knex.raw(
      `INSERT INTO ?? SELECT * FROM json_populate_recordset(NULL::??, ?)`,
      [table, table, JSON.stringify(rows.slice(i, i + JSON_CHUNK))],
    );
  }
}

/**
 * Answers for `share` of the scored entities: most crawl criteria, fewer
 * walk and run ones, given at times spread over the last 400 days (so that
 * a good part is stale after the default 180 days).
 */
export async function seedAnswers(options: {
  knex: Knex;
  model: MaturityModel;
  entities: Entity[];
  share: number;
  now: Date;
}): Promise<{ entities: number; answers: number }> {
  const { knex, model, entities, share, now } = options;
  const random = new Random(7);
  const criteria = listCriteria(model);
  const rows: AnswerRow[] = [];
  let assessed = 0;
  for (const entity of entities) {
    if (!SCORED_KINDS.has(entity.kind) || !random.chance(share)) {
      continue;
    }
    assessed++;
    const entityRef = stringifyEntityRef(entity);
    const maturity = random.next();
    const base = now.getTime() - random.int(400) * DAY_MS;
    const areas = new Set(
      model.areas.filter(() => random.chance(0.6)).map(area => area.id),
    );
    for (const criterion of criteria) {
      const [answered, met] = PHASE_ODDS[criterion.phase](maturity);
      if (!areas.has(criterion.areaId) || !random.chance(answered)) {
        continue;
      }
      const notApplicable = random.chance(0.04);
      let status = 'not-applicable';
      if (!notApplicable) {
        status = random.chance(met) ? 'met' : 'not-met';
      }
      rows.push({
        entity_ref: entityRef,
        criterion_id: criterion.id,
        status,
        note: random.chance(0.2) ? `Checked in review ${random.int(50)}` : null,
        evidence_url: random.chance(0.15)
          ? `https://wiki.example.com/${entity.metadata.name}/${criterion.id}`
          : null,
        reason: notApplicable ? 'Does not apply to this component' : null,
        expires_at: null,
        answered_by: `user:default/user-${random.int(1500)}`,
        answered_at: new Date(
          Math.min(now.getTime(), base + random.int(10) * DAY_MS),
        ).toISOString(),
      });
    }
  }
  await insertJson(knex, 'sre_maturity_answers', rows);
  return { entities: assessed, answers: rows.length };
}

/**
 * The history that led to the seeded answers: one event per answer, and for
 * a fifth of the met ones an earlier "not met" 45 days before.
 */
export async function seedHistory(knex: Knex): Promise<void> {
  const earlier = `status = 'met' AND abs(hashtext(entity_ref || criterion_id)) % 5 = 0`;
  await knex.raw(`
    INSERT INTO sre_maturity_history (entity_ref, criterion_id, old_status,
      new_status, note, evidence_url, reason, expires_at, actor, created_at, revision)
    SELECT entity_ref, criterion_id, NULL, 'not-met', NULL, NULL, NULL, NULL,
      answered_by, answered_at - interval '45 days', 1
    FROM sre_maturity_answers WHERE ${earlier}
    ORDER BY answered_at`);
  await knex.raw(`
    INSERT INTO sre_maturity_history (entity_ref, criterion_id, old_status,
      new_status, note, evidence_url, reason, expires_at, actor, created_at, revision)
    SELECT entity_ref, criterion_id,
      CASE WHEN ${earlier} THEN 'not-met' END, status, note, evidence_url,
      reason, expires_at, answered_by, answered_at, 2
    FROM sre_maturity_answers
    ORDER BY answered_at`);
}

/**
 * Daily snapshots for the `days` days before today, with scores a little
 * lower the further back, as if teams had been improving.
 */
export async function seedSnapshots(knex: Knex, days: number): Promise<void> {
  await knex.raw(
    `
    INSERT INTO sre_maturity_snapshots (entity_ref, taken_at, day, daily_day,
      reason, overall_rank, score, area_levels)
    SELECT e.entity_ref, d.day + interval '23 hours', to_char(d.day, 'YYYY-MM-DD'),
      to_char(d.day, 'YYYY-MM-DD'), 'daily',
      CASE WHEN n.n > 20 AND e.overall_rank > 0 THEN e.overall_rank - 1 ELSE e.overall_rank END,
      GREATEST(0, e.score - (n.n * (abs(hashtext(e.entity_ref)) % 4)) / 10),
      e.area_levels
    FROM sre_maturity_entities e
    CROSS JOIN generate_series(1, ?) AS n(n)
    CROSS JOIN LATERAL (SELECT (current_date - n.n)::timestamp AS day) d
    WHERE e.in_catalog`,
    [days],
  );
}
