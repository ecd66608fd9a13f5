// @ts-check

// What cached evidence providers (such as the repository) last read for each
// entity: read on a schedule, served from here to assessments and the sync.

const EVIDENCE_CACHE = 'sre_maturity_evidence_cache';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(EVIDENCE_CACHE, table => {
    table.string('provider', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    // Entity first: the sync and assessments look entries up by entity.
    table.primary(['entity_ref', 'provider']);
    // The URL read; a different one for the entity means a new read.
    table.text('source').notNullable();
    // `read` or `unreadable`.
    table.string('status', 16).notNullable();
    // JSON array of evidence, from the last successful read of `source`.
    table.text('evidence').notNullable();
    // Why the last try failed (`unreadable` only).
    table.text('message').nullable();
    table.timestamp('read_at', { useTz: true }).nullable();
    table.timestamp('checked_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable(EVIDENCE_CACHE);
};
