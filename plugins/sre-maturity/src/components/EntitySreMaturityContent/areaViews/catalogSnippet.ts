import {
  MATURITY_LEVEL_TITLES,
  SRE_MATURITY_ANNOTATION_DOCS,
} from '@sre-maturity/backstage-plugin-common';
import { AreaView, isSatisfied } from './buildAreaViews';

const EXAMPLES = new Map(
  SRE_MATURITY_ANNOTATION_DOCS.map(doc => [doc.key, doc.example]),
);

interface Suggestion {
  /** The key to add; alternatives that would count as well. */
  key: string;
  alternatives: string[];
  /** Which criteria it would supply evidence for. */
  criteria: string[];
}

/**
 * The `catalog-info.yaml` lines that would give catalog evidence for the
 * criteria not satisfied and without evidence: one annotation per criterion
 * (its rule's first; the others named as alternatives), and a link where the
 * rule only takes links. Undefined when there is nothing to suggest.
 */
export function buildCatalogSnippet(views: AreaView[]): string | undefined {
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
  if (!annotations.size && !links.size) {
    return undefined;
  }

  const lines = ['metadata:'];
  if (annotations.size) {
    lines.push('  annotations:');
    for (const s of annotations.values()) {
      lines.push(...comments(s, '    '));
      lines.push(`    ${s.key}: ${quote(EXAMPLES.get(s.key) ?? '<value>')}`);
    }
  }
  if (links.size) {
    lines.push('  links:');
    for (const s of links.values()) {
      lines.push(...comments(s, '    '));
      lines.push(`    - url: https://example.com/${s.key}`);
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
  return /^[\w./<>-][\w ./:<>-]*$/.test(value) && !value.includes(': ')
    ? value
    : JSON.stringify(value);
}
