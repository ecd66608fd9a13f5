// @ts-check

// The notices the notifications task has sent, or is sending, so that a
// run retried after a failure (or a second replica) does not send one twice.

const NOTICES = 'sre_maturity_notices';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(NOTICES, table => {
    // SHA-256 of the notice's key, which names its kind, subject and period.
    table.string('notice_key', 64).primary();
    table.string('kind', 64).notNullable();
    // 'sending' while a runner holds it, 'sent' once the send succeeded.
    table.string('status', 16).notNullable();
    // Which runner holds it: a claim is taken when its token is written.
    table.string('claim_token', 64).notNullable();
    table.dateTime('claimed_at', { precision: 3 }).notNullable();
    table.dateTime('sent_at', { precision: 3 }).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable(NOTICES);
};
