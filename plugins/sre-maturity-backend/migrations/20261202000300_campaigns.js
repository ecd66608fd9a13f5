// @ts-check

// Campaigns stored in the database, every change of them, and what the
// campaigns' filters and targets read of each entity that the scorecard did
// not keep: its tier and the criteria it meets or that do not apply.

const CAMPAIGNS = 'sre_maturity_campaigns';
const CAMPAIGN_HISTORY = 'sre_maturity_campaign_history';
const ENTITIES = 'sre_maturity_entities';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(CAMPAIGNS, table => {
    table.comment('Campaigns created in the portal');
    table.string('id', 100).primary().notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable();
    table.text('filter').notNullable().comment('JSON CampaignFilter');
    table.text('target').notNullable().comment('JSON CampaignTarget');
    table.string('starts_on', 10).notNullable().comment('ISO date');
    table.string('deadline', 10).notNullable().comment('ISO date');
    table.text('managers').notNullable().comment('JSON array of entity refs');
    table
      .integer('revision')
      .notNullable()
      .comment('Incremented by every accepted change');
    table.string('created_by', 255).notNullable();
    table.dateTime('created_at', { precision: 3 }).notNullable();
    table.dateTime('updated_at', { precision: 3 }).notNullable();
  });

  await knex.schema.createTable(CAMPAIGN_HISTORY, table => {
    table.comment('Append-only log of every campaign change; kept on delete');
    table.bigIncrements('id').primary();
    table.string('campaign_id', 100).notNullable();
    table.integer('revision').notNullable();
    table
      .string('action', 16)
      .notNullable()
      .comment('created, updated, deleted');
    table.string('actor', 255).notNullable();
    table.dateTime('at', { precision: 3 }).notNullable();
    table
      .text('campaign')
      .notNullable()
      .comment('JSON of the campaign after the change, before a deletion');
    table.index(['campaign_id', 'id'], 'sre_mat_camp_hist_idx');
  });

  await knex.schema.alterTable(ENTITIES, table => {
    table
      .string('tier', 255)
      .nullable()
      .comment('The sre-maturity.io/tier annotation');
    table
      .text('satisfied_criteria')
      .nullable()
      .comment(
        'JSON array of the criteria met or not applicable; null until the next sync',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(ENTITIES, table => {
    table.dropColumn('satisfied_criteria');
    table.dropColumn('tier');
  });
  await knex.schema.dropTable(CAMPAIGN_HISTORY);
  await knex.schema.dropTable(CAMPAIGNS);
};
