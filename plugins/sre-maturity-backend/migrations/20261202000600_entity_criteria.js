// @ts-check

// The criteria each entity satisfies move out of the entities table into
// their own: a list of up to a hundred ids per row more than doubled the
// table that every scorecard count scans, and only campaigns naming
// criteria read it.

const ENTITIES = 'sre_maturity_entities';
const ENTITY_CRITERIA = 'sre_maturity_entity_criteria';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(ENTITY_CRITERIA, table => {
    table.comment('The criteria each entity meets or that do not apply to it');
    table.string('entity_ref', 255).primary();
    table.text('satisfied_criteria').notNullable().comment('JSON array of ids');
  });
  await knex.raw(
    `INSERT INTO ?? (entity_ref, satisfied_criteria)
     SELECT entity_ref, satisfied_criteria FROM ??
     WHERE satisfied_criteria IS NOT NULL`,
    [ENTITY_CRITERIA, ENTITIES],
  );
  await knex.schema.alterTable(ENTITIES, table => {
    table.dropColumn('satisfied_criteria');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(ENTITIES, table => {
    table.text('satisfied_criteria').nullable();
  });
  const rows = await knex(ENTITY_CRITERIA).select();
  for (const row of rows) {
    await knex(ENTITIES)
      .where('entity_ref', row.entity_ref)
      .update({ satisfied_criteria: row.satisfied_criteria });
  }
  await knex.schema.dropTable(ENTITY_CRITERIA);
};
