import { InputError } from '@backstage/errors';
import { evidenceRuleProblems } from './evidenceRuleProblems';
import { isValidSlug, parseCriterionId } from './ids';
import { selectorProblems } from './selectorProblems';
import { MaturityModel, PHASES } from './types';

const SOURCES = ['seed', 'extended', 'custom'];

/**
 * Checks a complete model: at least one area; unique, well-formed area and
 * criterion ids; every area with the phases crawl, walk and run in order,
 * none of them empty; criterion ids matching their area and phase; titles
 * present; valid evidence annotation keys.
 *
 * Throws an InputError listing every problem, one per line, each prefixed
 * with the key path it concerns, e.g.
 * `model.areas[1].phases[0].criteria[2].evidence.annotations[0]: "not a key!" is not a valid annotation key`.
 * Models built from configuration are checked by `buildModel`, which names
 * the configuration keys instead.
 *
 * @public
 */
export function validateModel(
  model: MaturityModel,
  options: { path?: string } = {},
): void {
  const path = options.path ?? 'model';
  const problems: string[] = [];
  const areaIds = new Set<string>();
  const criterionIds = new Set<string>();

  if (model.areas.length === 0) {
    problems.push(`${path}.areas: the model has no areas`);
  }
  model.areas.forEach((area, i) => {
    const areaPath = `${path}.areas[${i}]`;
    if (!isValidSlug(area.id)) {
      problems.push(
        `${areaPath}.id: "${area.id}" is not a valid area id (lowercase words joined by "-")`,
      );
    } else if (areaIds.has(area.id)) {
      problems.push(`${areaPath}.id: duplicate area id "${area.id}"`);
    }
    areaIds.add(area.id);
    if (!area.title.trim()) {
      problems.push(`${areaPath}.title: must not be empty`);
    }
    if (area.phases.map(phase => phase.id).join() !== PHASES.join()) {
      problems.push(
        `${areaPath}.phases: must be ${PHASES.join(', ')}, in this order`,
      );
    }
    area.phases.forEach((phase, j) => {
      const phasePath = `${areaPath}.phases[${j}]`;
      if (phase.criteria.length === 0) {
        problems.push(
          `${phasePath}.criteria: phase "${phase.id}" of area "${area.id}" has no criteria`,
        );
      }
      phase.criteria.forEach((criterion, k) => {
        const criterionPath = `${phasePath}.criteria[${k}]`;
        const parsed = parseCriterionId(criterion.id);
        if (parsed?.areaId !== area.id || parsed.phase !== phase.id) {
          problems.push(
            `${criterionPath}.id: "${criterion.id}" does not match its area and phase (expected "${area.id}.${phase.id}.<slug>")`,
          );
        } else if (criterionIds.has(criterion.id)) {
          problems.push(
            `${criterionPath}.id: duplicate criterion id "${criterion.id}"`,
          );
        }
        criterionIds.add(criterion.id);
        if (!criterion.title.trim()) {
          problems.push(`${criterionPath}.title: must not be empty`);
        }
        if (!SOURCES.includes(criterion.source)) {
          problems.push(
            `${criterionPath}.source: "${
              criterion.source
            }" is not one of ${SOURCES.join(', ')}`,
          );
        }
        problems.push(
          ...evidenceRuleProblems(
            criterion.evidence,
            `${criterionPath}.evidence`,
          ),
          ...selectorProblems(
            criterion.appliesTo,
            `${criterionPath}.appliesTo`,
          ),
        );
      });
    });
  });

  problems.push(...selectorProblems(model.appliesTo, `${path}.appliesTo`));

  if (problems.length > 0) {
    throw new InputError(problems.join('\n'));
  }
}
