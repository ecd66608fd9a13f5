import { Entity } from '@backstage/catalog-model';
import { isHttpUrl } from '../isHttpUrl';
import { listCriteria } from '../model/listCriteria';
import { Criterion, Evidence, MaturityModel } from '../model/types';
import { readRelation } from './readRelations';
import { whyNotEvidence } from './whyNotEvidence';

/**
 * The provider id of evidence found in the catalog entity itself.
 *
 * @public
 */
export const CATALOG_EVIDENCE_PROVIDER = 'annotation';

/**
 * A value of an entity that a criterion's evidence rule names, which does not
 * count as evidence, and why.
 *
 * @public
 */
export interface RefusedEvidence {
  /** The criterion whose evidence rule names the value. */
  criterionId: string;
  /** The annotation key, link type or relation. */
  key: string;
  /** The annotation's value or the link's URL, trimmed. */
  value: string;
  /** Why it does not count, e.g. `it is a placeholder, ...`. */
  reason: string;
}

/**
 * What an entity's catalog data says for one criterion.
 *
 * @public
 */
export interface CatalogEvidence {
  /** The values that count as evidence. */
  evidence: Evidence[];
  /** The values the rule names that do not count (see `whyNotEvidence`). */
  refused: RefusedEvidence[];
}

/**
 * The annotation that points TechDocs at an entity's documentation.
 *
 * @public
 */
export const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/**
 * What the catalog knows beyond the entity itself.
 *
 * @public
 */
export interface CatalogEvidenceOptions {
  /**
   * The refs of the catalog's Group entities, lower case as
   * `stringifyEntityRef` writes them; without them `ownerIsGroup` is not
   * judged (placeholders are still refused).
   */
  groupRefs?: ReadonlySet<string>;
}

/**
 * Reads the values one criterion's evidence rule names in an entity: an
 * annotation it names, a link of a type it names (its URL is judged), the
 * TechDocs annotation, each target of a declared relation (`spec.dependsOn`,
 * `spec.providesApis`, `spec.consumesApis`), or an owner that is a Group of
 * the catalog. Each counts as evidence unless `whyNotEvidence` refuses it. An
 * evidence `url` is set only for http(s) URLs.
 *
 * @public
 */
export function readCatalogEvidence(
  criterion: Criterion,
  entity: Entity,
  options: CatalogEvidenceOptions = {},
): CatalogEvidence {
  const rule = criterion.evidence;
  const annotations = entity.metadata.annotations ?? {};
  const annotationKeys = [
    ...(rule?.annotations ?? []),
    ...(rule?.techDocs ? [TECHDOCS_ANNOTATION] : []),
  ];
  // What is shown, and what is judged: a link shows its title but is its URL.
  const found = [
    ...[...new Set(annotationKeys)]
      .filter(key => typeof annotations[key] === 'string')
      .map(key => {
        const value = annotations[key].trim();
        return { key, shown: value, value };
      }),
    ...(entity.metadata.links ?? [])
      .filter(link => link.type && rule?.linkTypes?.includes(link.type))
      .map(link => ({
        key: link.type!,
        shown: link.title || link.url,
        value: link.url,
      })),
    ...(rule?.relations ?? []).flatMap(relation =>
      readRelation(entity, relation, options.groupRefs).map(value => ({
        key: relation,
        shown: value,
        value,
      })),
    ),
  ];

  const result: CatalogEvidence = { evidence: [], refused: [] };
  for (const { key, shown, value } of found) {
    const reason = whyNotEvidence(value);
    if (reason) {
      result.refused.push({ criterionId: criterion.id, key, value, reason });
    } else {
      result.evidence.push({
        criterionId: criterion.id,
        provider: CATALOG_EVIDENCE_PROVIDER,
        key,
        value: shown,
        ...(isHttpUrl(value) && { url: value }),
      });
    }
  }
  return result;
}

/**
 * Finds the evidence an entity's annotations, `metadata.links`, TechDocs and
 * relations give for the model's criteria, as `readCatalogEvidence` reads it
 * for each.
 *
 * @public
 */
export function findCatalogEvidence(
  model: MaturityModel,
  entity: Entity,
  options: CatalogEvidenceOptions = {},
): Evidence[] {
  return listCriteria(model).flatMap(
    criterion => readCatalogEvidence(criterion, entity, options).evidence,
  );
}
