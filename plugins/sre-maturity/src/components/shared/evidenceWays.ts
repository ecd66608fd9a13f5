import { EvidenceRule } from '@sre-maturity/backstage-plugin-common';

/**
 * The ways a criterion's evidence rule can be met automatically, in words,
 * e.g. "annotation pagerduty.com/service-id"; empty when only the team's
 * answer can meet it.
 */
export function evidenceWays(rule: EvidenceRule | undefined): string[] {
  const { annotations = [], linkTypes = [] } = rule ?? {};
  return [
    ...annotations.map(key => `annotation ${key}`),
    ...linkTypes.map(type => `a link of type ${type}`),
  ];
}

/**
 * How a criterion is met, in one sentence: from the catalog by any of its
 * evidence rule's ways, or answered by the team.
 */
export function describeHowMet(rule: EvidenceRule | undefined): string {
  const ways = evidenceWays(rule);
  return ways.length
    ? `Met from the catalog by ${ways.join(' or ')}, or answered by the team.`
    : 'Answered by the team.';
}
