// @ts-check

// One row counting the writes that change what the scorecard counts. Each
// write transaction adds one; each replica reads it at most once a second
// and forgets its cached counts when another replica has written.

const SCORECARD_VERSION = 'sre_maturity_scorecard_version';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(SCORECARD_VERSION, table => {
    // Always 1: the table has one row.
    table.integer('id').primary();
    table.bigInteger('version').notNullable();
  });
  await knex(SCORECARD_VERSION).insert({ id: 1, version: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable(SCORECARD_VERSION);
};
