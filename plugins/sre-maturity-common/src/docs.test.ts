import fs from 'fs';
import path from 'path';
import {
  SRE_MATURITY_ANNOTATION_DOCS,
  SreMaturityAnnotationDoc,
} from './annotations';
import { defaultModel } from './model/defaultModel';
import { LocatedCriterion, listCriteria } from './model/listCriteria';
import { MATURITY_LEVEL_TITLES } from './scoring/levels';
import { FileEvidenceRule } from './model/types';

// The READMEs are checked against the code, so the documentation cannot drift.
function readLines(relativePath: string): string[] {
  return fs
    .readFileSync(path.resolve(__dirname, relativePath), 'utf8')
    .split('\n');
}

// Table rows as trimmed cells, whatever column padding the formatter chose.
function tableRowsOf(lines: string[]): string[][] {
  return lines
    .filter(line => line.startsWith('|'))
    .map(line =>
      line
        .slice(1, -1)
        .split('|')
        .map(cell => cell.trim()),
    );
}

function annotationCells(doc: SreMaturityAnnotationDoc): string[] {
  return [`\`${doc.key}\``, doc.description, `\`${doc.example}\``];
}

const areaPhases = defaultModel.areas.flatMap(area =>
  area.phases.map(phase => [area.id, phase.id, area, phase] as const),
);

const readmeLines = readLines('../README.md');
const tableRows = tableRowsOf(readmeLines);

function criterionCells(criterion: LocatedCriterion): string[] {
  const evidence = [
    ...(criterion.evidence?.annotations ?? []).map(key => `\`${key}\``),
    ...(criterion.evidence?.linkTypes ?? []).map(type => `link \`${type}\``),
    ...(criterion.evidence?.techDocs ? ['TechDocs'] : []),
    ...(criterion.evidence?.relations ?? []).map(
      relation => `relation \`${relation}\``,
    ),
  ];
  return [
    `\`${criterion.id}\``,
    criterion.title,
    criterion.source,
    evidence.join(', ') || '-',
  ];
}

// The file rules' globs and patterns hold `|`, escaped as `\|` in tables.
const fileRuleRows = readmeLines
  .filter(line => line.startsWith('| `'))
  .map(line =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map(cell => cell.trim().replace(/\\\|/g, '|')),
  );

function fileRuleCells(criterionId: string, file: FileEvidenceRule): string[] {
  return [
    `\`${criterionId}\``,
    file.label,
    `\`${file.glob}\``,
    file.contains === undefined ? '-' : `\`${file.contains}\``,
  ];
}

describe('README.md', () => {
  it.each(listCriteria(defaultModel).map(c => [c.id, c]))(
    'lists the criterion %s with its title, source and evidence',
    (_id, criterion) => {
      expect(tableRows).toContainEqual(criterionCells(criterion));
    },
  );

  it.each(areaPhases)(
    'describes the area %s and its phase %s',
    (_a, _p, area, phase) => {
      expect(readmeLines).toContain(`### ${area.title} (\`${area.id}\`)`);
      expect(readmeLines).toContain(area.description);
      expect(readmeLines).toContain(
        `**${MATURITY_LEVEL_TITLES[phase.id]}:** ${phase.summary}`,
      );
    },
  );

  it.each(SRE_MATURITY_ANNOTATION_DOCS.map(doc => [doc.key, doc]))(
    'documents the annotation %s with its description and example',
    (_key, doc) => {
      expect(tableRows).toContainEqual(annotationCells(doc));
    },
  );

  it.each(
    listCriteria(defaultModel).flatMap(criterion =>
      (criterion.evidence?.files ?? []).map(
        file => [criterion.id, file.label, file] as const,
      ),
    ),
  )('lists the repository file of %s: %s', (id, _label, file) => {
    expect(fileRuleRows).toContainEqual(fileRuleCells(id, file));
  });
});

describe('the repository README.md', () => {
  const rootLines = readLines('../../../README.md');

  it.each(areaPhases)(
    'describes the area %s and its phase %s',
    (_a, _p, area, phase) => {
      expect(rootLines).toContain(`### ${area.title} (\`${area.id}\`)`);
      expect(rootLines).toContain(area.description);
      expect(rootLines).toContain(
        `- **${MATURITY_LEVEL_TITLES[phase.id]}:** ${phase.summary}`,
      );
    },
  );

  it.each(SRE_MATURITY_ANNOTATION_DOCS.map(doc => [doc.key, doc]))(
    'documents the annotation %s with its description and example',
    (_key, doc) => {
      expect(tableRowsOf(rootLines)).toContainEqual(annotationCells(doc));
    },
  );
});
