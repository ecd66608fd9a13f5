import { EvidenceRule } from '@sre-maturity/backstage-plugin-common';
import { Zod } from './types';

/** What in the catalog would meet a criterion: its evidence rule. */
export const catalogEvidenceSchema = (z: Zod) =>
  z
    .object({
      annotations: z.array(z.string()),
      linkTypes: z.array(z.string()),
      techDocs: z.boolean(),
      relations: z.array(z.string()),
    })
    .optional()
    .describe(
      'Annotations, metadata.links types, TechDocs (backstage.io/techdocs-ref) or catalog relations (dependsOn, providesApis, consumesApis, ownerIsGroup: the owner is a Group in the catalog) of the entity, any one of which meets the criterion without an answer',
    );

export function catalogEvidenceOf(rule: EvidenceRule | undefined) {
  return (
    rule && {
      annotations: rule.annotations ?? [],
      linkTypes: rule.linkTypes ?? [],
      techDocs: rule.techDocs ?? false,
      relations: rule.relations ?? [],
    }
  );
}
