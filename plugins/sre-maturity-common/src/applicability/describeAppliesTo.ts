import { EntitySelector } from '../model/types';

/**
 * A selector in words, e.g. `Component of type library or sdk` or
 * `Component of any type but library`.
 *
 * @public
 */
export function describeSelector(selector: EntitySelector): string {
  const parts = [selector.kinds?.length ? anyOf(selector.kinds) : 'Any entity'];
  if (selector.types?.length) {
    parts.push(`of type ${anyOf(selector.types)}`);
  }
  if (selector.exceptTypes?.length) {
    parts.push(`of any type but ${anyOf(selector.exceptTypes)}`);
  }
  if (selector.lifecycles?.length) {
    parts.push(`in lifecycle ${anyOf(selector.lifecycles)}`);
  }
  if (selector.tiers?.length) {
    parts.push(`of tier ${anyOf(selector.tiers)}`);
  }
  return parts.join(' ');
}

/**
 * What `appliesTo` selects, in words: each selector described, joined by
 * `; `. Absent selectors apply to every entity.
 *
 * @public
 */
export function describeAppliesTo(
  selectors: readonly EntitySelector[] | undefined,
): string {
  if (selectors === undefined) {
    return 'Every entity';
  }
  return selectors.length
    ? selectors.map(describeSelector).join('; ')
    : 'No entity';
}

function anyOf(values: readonly string[]): string {
  return values.length === 1
    ? values[0]
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
