import { EntitySelector } from '../model/types';
import { EntityFacts } from './entityFacts';

/**
 * Whether any of the selectors matches the entity; absent selectors match
 * every entity. A selector matches when each list it gives contains the
 * entity's value (case-insensitively; an entity without the value does not
 * match) and `exceptTypes`, when given, does not contain its type.
 *
 * @public
 */
export function matchesSelectors(
  selectors: readonly EntitySelector[] | undefined,
  entity: EntityFacts,
): boolean {
  return selectors === undefined || selectors.some(s => matches(s, entity));
}

function matches(selector: EntitySelector, entity: EntityFacts): boolean {
  return (
    listed(selector.kinds, entity.kind) &&
    listed(selector.types, entity.type) &&
    listed(selector.lifecycles, entity.lifecycle) &&
    listed(selector.tiers, entity.tier) &&
    !(entity.type !== undefined && contains(selector.exceptTypes, entity.type))
  );
}

function listed(values: readonly string[] | undefined, value?: string) {
  return (
    values === undefined || (value !== undefined && contains(values, value))
  );
}

function contains(values: readonly string[] | undefined, value: string) {
  const wanted = value.toLocaleLowerCase('en-US');
  return !!values?.some(v => v.toLocaleLowerCase('en-US') === wanted);
}
