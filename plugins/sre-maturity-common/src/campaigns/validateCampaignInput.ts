import { parseEntityRef } from '@backstage/catalog-model';
import { findCriterion } from '../model/listCriteria';
import { MaturityModel, PHASES } from '../model/types';
import { CampaignInput, FieldError } from '../schema/types';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE_PATTERN.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

function isEntityRef(value: string): boolean {
  try {
    parseEntityRef(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the rules of a campaign that its shape does not say: a title that
 * is not blank, real days with the deadline on or after the start, a target
 * asking for something, with areas and criteria of the model, and managers
 * that are entity refs. Returns every problem, with field paths under
 * `prefix` (e.g. `target.areas.on-call`); none means the campaign is valid.
 *
 * @public
 */
export function validateCampaignInput(
  model: MaturityModel,
  input: CampaignInput,
  prefix: string = '',
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) =>
    errors.push({ field: `${prefix}${field}`, message });

  if (typeof input.title !== 'string' || !input.title.trim()) {
    fail('title', 'is required');
  }
  const startsOn = isDay(input.startsOn);
  const deadline = isDay(input.deadline);
  if (!startsOn) {
    fail('startsOn', 'must be a day, YYYY-MM-DD');
  }
  if (!deadline) {
    fail('deadline', 'must be a day, YYYY-MM-DD');
  }
  if (startsOn && deadline && input.deadline < input.startsOn) {
    fail('deadline', `must be on or after startsOn (${input.startsOn})`);
  }

  const target = input.target ?? {};
  const areaEntries = Object.entries(target.areas ?? {});
  if (!target.overall && !areaEntries.length && !target.criteria?.length) {
    fail('target', 'must ask for an overall phase, area phases or criteria');
  }
  if (target.overall && !PHASES.includes(target.overall)) {
    fail('target.overall', `must be one of ${PHASES.join(', ')}`);
  }
  for (const [areaId, phase] of areaEntries) {
    if (!model.areas.some(area => area.id === areaId)) {
      fail(`target.areas.${areaId}`, `unknown area "${areaId}"`);
    } else if (!PHASES.includes(phase)) {
      fail(`target.areas.${areaId}`, `must be one of ${PHASES.join(', ')}`);
    }
  }
  (target.criteria ?? []).forEach((criterionId, index) => {
    if (!findCriterion(model, criterionId)) {
      fail(`target.criteria[${index}]`, `unknown criterion "${criterionId}"`);
    }
  });
  (input.managers ?? []).forEach((manager, index) => {
    if (!isEntityRef(manager)) {
      fail(
        `managers[${index}]`,
        `must be an entity ref such as user:default/jane, not "${manager}"`,
      );
    }
  });
  return errors;
}
