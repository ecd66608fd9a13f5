import {
  listCriteria,
  LocatedCriterion,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';

/** A value in the catalog that counts as evidence, and for which criteria. */
export interface EvidenceSource {
  kind: 'annotation' | 'link';
  /** The annotation key, or the `metadata.links[].type`. */
  key: string;
  criteria: LocatedCriterion[];
}

/**
 * Every annotation and link type the model's evidence rules name, with the
 * criteria each counts for: annotations first, each list by key.
 */
export function listEvidenceSources(model: MaturityModel): EvidenceSource[] {
  const sources = new Map<string, EvidenceSource>();
  const add = (
    kind: EvidenceSource['kind'],
    key: string,
    c: LocatedCriterion,
  ) => {
    const id = `${kind}:${key}`;
    const source = sources.get(id) ?? { kind, key, criteria: [] };
    source.criteria.push(c);
    sources.set(id, source);
  };
  for (const criterion of listCriteria(model)) {
    for (const key of criterion.evidence?.annotations ?? []) {
      add('annotation', key, criterion);
    }
    for (const type of criterion.evidence?.linkTypes ?? []) {
      add('link', type, criterion);
    }
  }
  return [...sources.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key),
  );
}
