import { EntitySelector } from './types';

/**
 * Lists what is wrong with `appliesTo` selectors, each problem prefixed with
 * the key path it concerns: a list that names no value (it would match no
 * entity, which is surely a mistake) or a blank value.
 */
export function selectorProblems(
  selectors: readonly EntitySelector[] | undefined,
  path: string,
): string[] {
  const problems: string[] = [];
  if (selectors?.length === 0) {
    problems.push(
      `${path}: must list at least one selector (an empty list applies to no entity; leave it out to apply to every entity)`,
    );
  }
  selectors?.forEach((selector, i) => {
    for (const [key, values] of Object.entries(selector)) {
      const listPath = `${path}[${i}].${key}`;
      if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${listPath}: must list at least one value`);
        continue;
      }
      values.forEach((value, j) => {
        if (typeof value !== 'string' || !value.trim()) {
          problems.push(`${listPath}[${j}]: must not be empty`);
        }
      });
    }
  });
  return problems;
}
