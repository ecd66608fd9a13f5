import { Entity } from '@backstage/catalog-model';
import { isHttpUrl } from '../isHttpUrl';
import { listCriteria } from '../model/listCriteria';
import { Evidence, MaturityModel } from '../model/types';

/**
 * The provider id of evidence found in the catalog entity itself.
 *
 * @public
 */
export const CATALOG_EVIDENCE_PROVIDER = 'annotation';

/**
 * Finds the evidence an entity's annotations and `metadata.links` give for
 * the model's criteria, following each criterion's evidence rule: a
 * non-empty annotation it names, or a link of a type it names. An evidence
 * `url` is set only for http(s) URLs.
 *
 * @public
 */
export function findCatalogEvidence(
  model: MaturityModel,
  entity: Entity,
): Evidence[] {
  const annotations = entity.metadata.annotations ?? {};
  const links = entity.metadata.links ?? [];

  return listCriteria(model).flatMap(({ id, evidence: rule }) => {
    const fromAnnotations = (rule?.annotations ?? []).flatMap(key => {
      const value = annotations[key]?.trim();
      return value ? [evidenceOf(id, key, value, value)] : [];
    });
    const fromLinks = links
      .filter(link => link.type && rule?.linkTypes?.includes(link.type))
      .map(link =>
        evidenceOf(id, link.type!, link.title || link.url, link.url),
      );
    return [...fromAnnotations, ...fromLinks];
  });
}

function evidenceOf(
  criterionId: string,
  key: string,
  value: string,
  url: string,
): Evidence {
  return {
    criterionId,
    provider: CATALOG_EVIDENCE_PROVIDER,
    key,
    value,
    ...(isHttpUrl(url) && { url }),
  };
}
