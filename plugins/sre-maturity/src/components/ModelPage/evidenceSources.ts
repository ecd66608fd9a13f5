import {
  EvidenceRelation,
  FileEvidenceRule,
  listCriteria,
  LocatedCriterion,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';

/** Something that counts as evidence. */
type SourceKey =
  | { kind: 'annotation'; key: string }
  | { kind: 'link'; key: string }
  | { kind: 'techDocs'; key: 'techDocs' }
  | { kind: 'relation'; key: EvidenceRelation }
  | { kind: 'file'; key: string; file: FileEvidenceRule };

/** Something that counts as evidence, and for which criteria. */
export type EvidenceSource = SourceKey & { criteria: LocatedCriterion[] };

/** The order kinds are listed in: the catalog's first, then the repository. */
const KIND_ORDER: EvidenceSource['kind'][] = [
  'annotation',
  'link',
  'techDocs',
  'relation',
  'file',
];

function fileKey(file: FileEvidenceRule): string {
  return `${file.glob}\n${file.contains ?? ''}`;
}

/**
 * Every source the model's evidence rules name (annotations, link types,
 * TechDocs, relations, repository files), with the criteria each counts
 * for: by kind, each kind by key.
 */
export function listEvidenceSources(model: MaturityModel): EvidenceSource[] {
  const sources = new Map<string, EvidenceSource>();
  const add = (source: SourceKey, c: LocatedCriterion) => {
    const id = `${source.kind}:${source.key}`;
    const entry =
      sources.get(id) ?? ({ ...source, criteria: [] } as EvidenceSource);
    entry.criteria.push(c);
    sources.set(id, entry);
  };
  for (const criterion of listCriteria(model)) {
    const rule = criterion.evidence ?? {};
    for (const key of rule.annotations ?? []) {
      add({ kind: 'annotation', key }, criterion);
    }
    for (const key of rule.linkTypes ?? []) {
      add({ kind: 'link', key }, criterion);
    }
    if (rule.techDocs) {
      add({ kind: 'techDocs', key: 'techDocs' }, criterion);
    }
    for (const key of rule.relations ?? []) {
      add({ kind: 'relation', key }, criterion);
    }
    for (const file of rule.files ?? []) {
      add({ kind: 'file', key: fileKey(file), file }, criterion);
    }
  }
  return [...sources.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.key.localeCompare(b.key),
  );
}
