import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EvidenceRelation } from '../model/types';
import { whyNotEvidence } from './whyNotEvidence';

/**
 * The entity fields the relations are read from: what the team declared in
 * its catalog-info.yaml, as the catalog turns them into relations.
 *
 * @public
 */
export const RELATION_ENTITY_FIELDS = [
  'spec.owner',
  'spec.dependsOn',
  'spec.providesApis',
  'spec.consumesApis',
];

/** The spec field each declared relation is read from. */
const DECLARED: Record<Exclude<EvidenceRelation, 'ownerIsGroup'>, string> = {
  dependsOn: 'dependsOn',
  providesApis: 'providesApis',
  consumesApis: 'consumesApis',
};

/**
 * The values of an entity that stand for one relation: for a declared one,
 * each target it lists (trimmed, as written); for `ownerIsGroup`, the owner's
 * full ref when it is one of `groupRefs` (lower case, as
 * `stringifyEntityRef` writes them). An owner that is no evidence at all (a
 * placeholder, see `whyNotEvidence`) is given as written, so that it is
 * refused with the reason; otherwise, without `groupRefs`, the owner is not
 * judged.
 */
export function readRelation(
  entity: Entity,
  relation: EvidenceRelation,
  groupRefs: ReadonlySet<string> | undefined,
): string[] {
  if (relation !== 'ownerIsGroup') {
    const targets = entity.spec?.[DECLARED[relation]];
    return Array.isArray(targets)
      ? targets
          .filter((target): target is string => typeof target === 'string')
          .map(target => target.trim())
      : [];
  }
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string') {
    return [];
  }
  if (whyNotEvidence(owner)) {
    return [owner.trim()];
  }
  const ref = groupRefOf(owner, entity.metadata.namespace);
  return ref !== undefined && groupRefs?.has(ref) ? [ref] : [];
}

/** The owner as the catalog resolves it, lower case; undefined if no ref. */
function groupRefOf(
  owner: string,
  namespace: string | undefined,
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner.trim(), {
        defaultKind: 'group',
        defaultNamespace: namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}
