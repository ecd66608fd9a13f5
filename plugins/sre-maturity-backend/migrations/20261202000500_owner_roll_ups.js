// @ts-check

// Roll-ups per owner kept between requests, so that a group view of the
// whole org reads a row per owner instead of grouping every entity: each
// write of an entity counts a change of its owners (before and after), and
// a roll-up counted at fewer changes than its owner has is recounted when
// read.

const OWNER_CHANGES = 'sre_maturity_owner_changes';
const OWNER_ROLL_UPS = 'sre_maturity_owner_roll_ups';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(OWNER_CHANGES, table => {
    table.comment('How many writes changed the entities of each owner');
    table.string('owner', 255).primary();
    // Only ever grows, so that a roll-up can say which changes it saw.
    table.bigInteger('changes').notNullable();
  });
  await knex.schema.createTable(OWNER_ROLL_UPS, table => {
    table.comment('Scorecard roll-up of each owner, as of a count of changes');
    table.string('owner', 255).primary();
    table.bigInteger('counted_changes').notNullable();
    // JSON; an owner of many answered entities needs more than 64 KiB.
    table.text('roll_up', 'longtext').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable(OWNER_ROLL_UPS);
  await knex.schema.dropTable(OWNER_CHANGES);
};
