import {
  EvidenceRelation,
  EvidenceRule,
  TECHDOCS_ANNOTATION,
} from '@sre-maturity/backstage-plugin-common';

/** What each catalog relation that counts as evidence means, in words. */
export const RELATION_TITLES: Record<EvidenceRelation, string> = {
  dependsOn: 'a declared dependency (dependsOn)',
  providesApis: 'a provided API (providesApis)',
  consumesApis: 'a consumed API (consumesApis)',
  ownerIsGroup: 'an owner that is a Group in the catalog',
};

/**
 * The ways a criterion's evidence rule can be met automatically, in words:
 * from the catalog (annotations, links by type, TechDocs, relations) and
 * from the entity's repository (what its files show, by label). Both empty
 * when only the team's answer can meet it.
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
      ...(techDocs ? [`TechDocs (annotation ${TECHDOCS_ANNOTATION})`] : []),
      ...relations.map(relation => RELATION_TITLES[relation]),
    ],
    repository: [...new Set(files.map(file => file.label))],
  };
}

function joinOr(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
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
      ? [`from a file in its repository (${joinOr(repository)})`]
      : []),
  ];
  return ways.length
    ? `Met ${ways.join(', or ')}, or answered by the team.`
    : 'Answered by the team.';
}
