import {
  CsvValue,
  MaturityModel,
  toCsvRecord,
  ScorecardRow,
} from '@sre-maturity/backstage-plugin-common';

/** Where the export's links point: the app's own address. */
export interface ScorecardCsvOptions {
  /** `app.baseUrl`; without it the link column is left empty. */
  appBaseUrl?: string;
}

/**
 * The header record: entity fields, scores, a link to the entity's page,
 * then level and progress per area.
 */
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
    'entityPage',
    ...model.areas.flatMap(area => [
      `${area.id} level`,
      `${area.id} progress %`,
    ]),
  ]);
}

/** The entity's page in the catalog, as the app's entity route builds it. */
function entityPageUrl(appBaseUrl: string, row: ScorecardRow): string {
  const path = [row.namespace, row.kind.toLocaleLowerCase('en-US'), row.name]
    .map(encodeURIComponent)
    .join('/');
  return `${appBaseUrl.replace(/\/+$/, '')}/catalog/${path}`;
}

export function scorecardCsvRecord(
  model: MaturityModel,
  row: ScorecardRow,
  options: ScorecardCsvOptions = {},
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
    // Without a target, overall or per area, a gap of 0 would read as "on
    // target": left empty, as the heatmap shows it.
    row.target || row.gap ? row.gap : undefined,
    row.lastAssessedAt,
    row.stale,
    options.appBaseUrl && entityPageUrl(options.appBaseUrl, row),
  ];
  for (const area of model.areas) {
    const cell = row.areas[area.id];
    if (cell && !cell.applicable) {
      // Not a level of zero: nothing in the area applies to the entity.
      values.push('n/a', undefined);
      continue;
    }
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
  options: ScorecardCsvOptions = {},
): AsyncGenerator<string> {
  for await (const rows of pages) {
    yield rows.map(row => scorecardCsvRecord(model, row, options)).join('');
  }
}
