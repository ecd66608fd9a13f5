import {
  isSatisfied,
  MATURITY_LEVEL_TITLES,
  MaturityTargets,
  PHASES,
  SRE_MATURITY_ANNOTATIONS,
} from '@sre-maturity/backstage-plugin-common';
import { AreaView } from './buildAreaViews';

/**
 * What to write in place of the plugin's own annotations. Placeholders, not
 * examples: a pasted example URL would look like real evidence.
 */
const PLACEHOLDERS: Record<string, string> = {
  [SRE_MATURITY_ANNOTATIONS.slo]: '<your SLO dashboard URL>',
  [SRE_MATURITY_ANNOTATIONS.errorBudgetPolicy]:
    '<your error budget policy URL>',
  [SRE_MATURITY_ANNOTATIONS.onCall]: '<your on-call schedule URL>',
  [SRE_MATURITY_ANNOTATIONS.escalation]: '<your escalation path URL>',
  [SRE_MATURITY_ANNOTATIONS.runbook]: '<your runbooks URL>',
  [SRE_MATURITY_ANNOTATIONS.postmortems]: '<your post-mortems URL>',
};

function placeholder(key: string): string {
  return PLACEHOLDERS[key] ?? `<your ${key} value>`;
}

interface Suggestion {
  /** The key to add; alternatives that would count as well. */
  key: string;
  alternatives: string[];
  /** Which criteria it would supply evidence for. */
  criteria: string[];
}

/**
 * The `catalog-info.yaml` lines this entity lacks: a target phase when it
 * has none, and catalog evidence for the criteria not satisfied and without
 * evidence: one annotation per criterion (its rule's first; the others named
 * as alternatives), and a link where the rule only takes links. Values are
 * placeholders to replace. Undefined when there is nothing to suggest.
 */
export function buildCatalogSnippet(
  views: AreaView[],
  targets: MaturityTargets,
): string | undefined {
  const annotations = new Map<string, Suggestion>();
  const links = new Map<string, Suggestion>();

  for (const view of views) {
    for (const { phase, criteria } of view.phases) {
      for (const { criterion, result } of criteria) {
        const rule = criterion.evidence;
        if (isSatisfied(result) || result.evidence.length || !rule) {
          continue;
        }
        const label = `${view.area.title} / ${
          MATURITY_LEVEL_TITLES[phase.id]
        }: ${criterion.title}`;
        const [annotation, ...otherAnnotations] = rule.annotations ?? [];
        const [linkType, ...otherLinkTypes] = rule.linkTypes ?? [];
        if (annotation) {
          suggest(annotations, annotation, otherAnnotations, label);
        } else if (linkType) {
          suggest(links, linkType, otherLinkTypes, label);
        }
      }
    }
  }
  const hasTarget =
    Boolean(targets.overall) || Object.keys(targets.areas).length > 0;
  if (!annotations.size && !links.size && hasTarget) {
    return undefined;
  }

  const lines = ['metadata:'];
  if (annotations.size || !hasTarget) {
    lines.push('  annotations:');
  }
  if (!hasTarget) {
    lines.push(
      '    # The phase to aim for, which the gap is measured to',
      `    ${SRE_MATURITY_ANNOTATIONS.targetPhase}: ${quote(
        `<${PHASES.slice(0, -1).join(', ')} or ${PHASES[PHASES.length - 1]}>`,
      )}`,
    );
  }
  for (const s of annotations.values()) {
    lines.push(...comments(s, '    '));
    lines.push(`    ${s.key}: ${quote(placeholder(s.key))}`);
  }
  if (links.size) {
    lines.push('  links:');
    for (const s of links.values()) {
      lines.push(...comments(s, '    '));
      lines.push(`    - url: ${quote(`<your ${s.key} URL>`)}`);
      lines.push(`      title: ${s.key}`);
      lines.push(`      type: ${s.key}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function suggest(
  into: Map<string, Suggestion>,
  key: string,
  alternatives: string[],
  label: string,
) {
  const existing = into.get(key);
  if (existing) {
    existing.criteria.push(label);
  } else {
    into.set(key, { key, alternatives, criteria: [label] });
  }
}

function comments(s: Suggestion, indent: string): string[] {
  return [
    ...s.criteria.map(c => `${indent}# ${c}`),
    ...(s.alternatives.length
      ? [`${indent}# (or: ${s.alternatives.join(', ')})`]
      : []),
  ];
}

/** Quotes a value when YAML would otherwise misread it. */
function quote(value: string): string {
  return /^[\w./-][\w ./:-]*$/.test(value) && !value.includes(': ')
    ? value
    : JSON.stringify(value);
}
