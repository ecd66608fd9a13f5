// @ts-check

// The catalog's group tree as the last catalog sync read it: one row per
// Group entity with its parent, so that roll-ups and the owner filter can
// take in sub-groups without asking the catalog on each request.

const GROUPS = 'sre_maturity_groups';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(GROUPS, table => {
    table.string('entity_ref', 255).primary();
    // spec.parent, or else the first childOf relation; null at a root.
    table.string('parent_ref', 255).nullable();
    table.text('title').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable(GROUPS);
};
