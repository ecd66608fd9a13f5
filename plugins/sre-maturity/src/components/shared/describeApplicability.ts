import {
  EntitySelector,
  EntitySummary,
} from '@sre-maturity/backstage-plugin-common';

function joinOr(values: string[]): string {
  return values.length <= 1
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/**
 * One selector in words, e.g. "Component of type service or website, in
 * lifecycle production"; "every entity" for an empty one.
 */
export function describeSelector(selector: EntitySelector): string {
  const { kinds = [], types = [], exceptTypes = [] } = selector;
  const { lifecycles = [], tiers = [] } = selector;
  const parts = [
    ...(types.length ? [`of type ${joinOr(types)}`] : []),
    ...(exceptTypes.length ? [`not of type ${joinOr(exceptTypes)}`] : []),
    ...(lifecycles.length ? [`in lifecycle ${joinOr(lifecycles)}`] : []),
    ...(tiers.length ? [`of tier ${joinOr(tiers)}`] : []),
  ];
  const subject = kinds.length ? joinOr(kinds) : 'Any entity';
  return parts.length === 0 && !kinds.length
    ? 'Every entity'
    : [subject, ...parts].join(', ');
}

/**
 * What a list of selectors (any matching is enough) applies to, e.g.
 * "Component of type service; Resource of type database"; absent means
 * every entity.
 */
export function describeSelectors(
  selectors: EntitySelector[] | undefined,
): string {
  return selectors?.length
    ? selectors.map(describeSelector).join('; ')
    : 'Every entity';
}

/**
 * The facts of an entity applicability looks at, e.g. "Component, type
 * library, lifecycle production".
 */
export function describeEntityFacts(entity: EntitySummary): string {
  return [
    entity.kind,
    ...(entity.type ? [`type ${entity.type}`] : []),
    ...(entity.lifecycle ? [`lifecycle ${entity.lifecycle}`] : []),
    ...(entity.tier ? [`tier ${entity.tier}`] : []),
  ].join(', ');
}
