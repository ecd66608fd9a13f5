import { PHASES, PhaseId } from './types';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const AREA_ID_PATTERN = new RegExp(`^${SLUG}$`);
const CRITERION_ID_PATTERN = new RegExp(
  `^(${SLUG})\\.(${PHASES.join('|')})\\.(${SLUG})$`,
);

/**
 * Whether a value is a valid area id or criterion slug: lowercase letters and
 * digits in words joined by `-`.
 *
 * @public
 */
export function isValidSlug(value: string): boolean {
  return AREA_ID_PATTERN.test(value);
}

/**
 * Splits a criterion id `<areaId>.<phase>.<slug>` into its parts, or returns
 * undefined when it does not have that form.
 *
 * @public
 */
export function parseCriterionId(
  id: string,
): { areaId: string; phase: PhaseId; slug: string } | undefined {
  const match = CRITERION_ID_PATTERN.exec(id);
  if (!match) {
    return undefined;
  }
  return { areaId: match[1], phase: match[2] as PhaseId, slug: match[3] };
}
