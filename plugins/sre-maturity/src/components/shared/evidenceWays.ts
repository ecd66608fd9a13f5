import {
  EvidenceRelation,
  EvidenceRule,
  FileEvidenceRule,
} from '@sre-maturity/backstage-plugin-common';

/** What each catalog relation that counts as evidence means, in words. */
export const RELATION_TITLES: Record<EvidenceRelation, string> = {
  dependsOn: 'a declared dependency (dependsOn)',
  providesApis: 'a provided API (providesApis)',
  consumesApis: 'a consumed API (consumesApis)',
  ownerIsGroup: 'an owner that is a Group in the catalog',
};

/** A repository file rule in words: its glob, content pattern and label. */
export function describeFileRule(rule: FileEvidenceRule): string {
  return `${rule.glob}${
    rule.contains ? ` containing /${rule.contains}/` : ''
  } (${rule.label})`;
}

/**
 * The ways a criterion's evidence rule can be met automatically, in words:
 * from the catalog (annotations, links by type, TechDocs, relations) and
 * from the entity's repository (files). Both empty when only the team's
 * answer can meet it.
 */
export function evidenceWays(rule: EvidenceRule | undefined): {
  catalog: string[];
  repository: string[];
} {
  const {
    annotations = [],
    linkTypes = [],
    techDocs,
    relations = [],
    files = [],
  } = rule ?? {};
  return {
    catalog: [
      ...annotations.map(key => `annotation ${key}`),
      ...linkTypes.map(type => `a link of type ${type}`),
      ...(techDocs ? ['TechDocs (annotation backstage.io/techdocs-ref)'] : []),
      ...relations.map(relation => RELATION_TITLES[relation]),
    ],
    repository: files.map(file => `a file ${describeFileRule(file)}`),
  };
}

/**
 * How a criterion is met, in one sentence: from the catalog or the
 * repository by any of its evidence rule's ways, or answered by the team.
 */
export function describeHowMet(rule: EvidenceRule | undefined): string {
  const { catalog, repository } = evidenceWays(rule);
  const ways = [
    ...(catalog.length ? [`from the catalog by ${catalog.join(' or ')}`] : []),
    ...(repository.length
      ? [`from its repository by ${repository.join(' or ')}`]
      : []),
  ];
  return ways.length
    ? `Met ${ways.join(', or ')}, or answered by the team.`
    : 'Answered by the team.';
}
