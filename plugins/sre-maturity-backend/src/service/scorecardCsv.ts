import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { ScorecardRow } from '../database/types';
import { CsvValue, toCsvRecord } from './csv';

/** The header record: entity fields, scores, then level and progress per area. */
export function scorecardCsvHeader(model: MaturityModel): string {
  return toCsvRecord([
    'entityRef',
    'kind',
    'namespace',
    'name',
    'title',
    'owner',
    'system',
    'type',
    'lifecycle',
    'tags',
    'overall',
    'score',
    'target',
    'gap',
    'lastAssessedAt',
    'stale',
    ...model.areas.flatMap(area => [
      `${area.id} level`,
      `${area.id} progress %`,
    ]),
  ]);
}

export function scorecardCsvRecord(
  model: MaturityModel,
  row: ScorecardRow,
): string {
  const values: CsvValue[] = [
    row.entityRef,
    row.kind,
    row.namespace,
    row.name,
    row.title,
    row.owner,
    row.system,
    row.type,
    row.lifecycle,
    row.tags.join(' '),
    row.overall,
    row.score,
    row.target,
    row.gap,
    row.lastAssessedAt,
    row.stale,
  ];
  for (const area of model.areas) {
    const cell = row.areas[area.id];
    values.push(
      cell?.level,
      cell ? Math.round(cell.progress * 100) : undefined,
    );
  }
  return toCsvRecord(values);
}

/** The records of the rows, one chunk of text per page of rows. */
export async function* scorecardCsvChunks(
  model: MaturityModel,
  pages: AsyncIterable<ScorecardRow[]>,
): AsyncGenerator<string> {
  for await (const rows of pages) {
    yield rows.map(row => scorecardCsvRecord(model, row)).join('');
  }
}
