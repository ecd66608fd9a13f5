import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { EVIDENCE_RELATIONS, EvidenceRule } from './types';

/**
 * Lists what is wrong with an evidence rule, each problem prefixed with the
 * key path it concerns, e.g. `<path>.annotations[0]: ...`.
 */
export function evidenceRuleProblems(
  rule: EvidenceRule | undefined,
  path: string,
): string[] {
  const problems: string[] = [];
  rule?.annotations?.forEach((key, i) => {
    // Same rule the catalog applies to entity annotations, so a key accepted
    // here can actually occur on an entity.
    if (!KubernetesValidatorFunctions.isValidAnnotationKey(key)) {
      problems.push(
        `${path}.annotations[${i}]: ${JSON.stringify(
          key,
        )} is not a valid annotation key`,
      );
    }
  });
  rule?.linkTypes?.forEach((type, i) => {
    if (!type.trim()) {
      problems.push(`${path}.linkTypes[${i}]: must not be empty`);
    }
  });
  rule?.relations?.forEach((relation, i) => {
    // Config is checked when read; a model built in code is checked here.
    if (!(EVIDENCE_RELATIONS as readonly string[]).includes(relation)) {
      problems.push(
        `${path}.relations[${i}]: ${JSON.stringify(
          relation,
        )} is not a relation (expected ${EVIDENCE_RELATIONS.join(', ')})`,
      );
    }
  });
  return problems;
}
