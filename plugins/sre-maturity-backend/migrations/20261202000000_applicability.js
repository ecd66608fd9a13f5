// @ts-check

// Whether anything in the model applies to an entity, and to each area of
// it. Existing rows count as applicable until the next sync recomputes them
// (their records change, so the sync rewrites every one).

const ENTITIES = 'sre_maturity_entities';
const AREA_RESULTS = 'sre_maturity_area_results';
// The tags' copy lets the scorecard count tags without joining the entities.
const ENTITY_TAGS = 'sre_maturity_entity_tags';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(ENTITIES, table => {
    table
      .boolean('applicable')
      .notNullable()
      .defaultTo(true)
      .comment('False when no criterion of the model applies to the entity');
  });
  await knex.schema.alterTable(AREA_RESULTS, table => {
    table
      .boolean('applicable')
      .notNullable()
      .defaultTo(true)
      .comment('False when no criterion of the area applies to the entity');
  });
  await knex.schema.alterTable(ENTITY_TAGS, table => {
    table
      .boolean('applicable')
      .notNullable()
      .defaultTo(true)
      .comment("The entity's applicable, to count tags without a join");
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(ENTITY_TAGS, table => {
    table.dropColumn('applicable');
  });
  await knex.schema.alterTable(AREA_RESULTS, table => {
    table.dropColumn('applicable');
  });
  await knex.schema.alterTable(ENTITIES, table => {
    table.dropColumn('applicable');
  });
};
