import { EvidenceRule } from '@sre-maturity/backstage-plugin-common';
import { Zod } from './types';

/** What in the catalog would meet a criterion: its evidence rule. */
export const catalogEvidenceSchema = (z: Zod) =>
  z
    .object({
      annotations: z.array(z.string()),
      linkTypes: z.array(z.string()),
    })
    .optional()
    .describe(
      "Annotations, or metadata.links types, on the entity's catalog-info.yaml, any one of which meets the criterion without an answer",
    );

export function catalogEvidenceOf(rule: EvidenceRule | undefined) {
  return (
    rule && {
      annotations: rule.annotations ?? [],
      linkTypes: rule.linkTypes ?? [],
    }
  );
}
