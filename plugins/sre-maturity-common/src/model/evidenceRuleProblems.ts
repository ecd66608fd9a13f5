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
  rule?.files?.forEach((file, i) => {
    const filePath = `${path}.files[${i}]`;
    if (!file.glob.trim()) {
      problems.push(`${filePath}.glob: must not be empty`);
    }
    if (!file.label.trim()) {
      problems.push(`${filePath}.label: must not be empty`);
    }
    if (file.contains !== undefined && !isRegExp(file.contains)) {
      problems.push(
        `${filePath}.contains: ${JSON.stringify(
          file.contains,
        )} is not a valid regular expression`,
      );
    }
  });
  return problems;
}

function isRegExp(pattern: string): boolean {
  try {
    // eslint-disable-next-line no-new
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}
