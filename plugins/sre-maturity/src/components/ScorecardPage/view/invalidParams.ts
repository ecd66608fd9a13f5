import { MATURITY_LEVELS } from '@sre-maturity/backstage-plugin-common';
import { LEADING_COLUMNS, TRAILING_COLUMNS } from './scorecardColumns';
import { isGroupOrderBy, PAGE_SIZES, readScorecardView } from './scorecardView';

/** A query parameter of a scorecard link that the page cannot honour. */
export interface InvalidParam {
  name: string;
  value: string;
}

const isFlag = (value: string) => value === 'true' || value === 'false';

/** The parameters with a fixed set of values, as `readScorecardView` reads them. */
const VALUE_CHECKS: Record<string, (value: string) => boolean> = {
  groupBy: value => value === 'owner' || value === 'system',
  order: value => value === 'asc' || value === 'desc',
  page: value => /^\d+$/.test(value),
  pageSize: value => PAGE_SIZES.map(String).includes(value),
  phase: value => (MATURITY_LEVELS as readonly string[]).includes(value),
  stale: isFlag,
  belowTarget: isFlag,
};

const ENTITY_COLUMN_IDS = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].map(
  column => column.id,
);

/**
 * What a link asks for that the page cannot show: a malformed value, or a
 * sort by a column that does not exist or an area the model no longer has
 * (the API answers those with a 400).
 */
export function findInvalidParams(
  params: URLSearchParams,
  areaIds: string[],
): InvalidParam[] {
  const invalid: InvalidParam[] = [];
  for (const [name, value] of params) {
    if (VALUE_CHECKS[name] && !VALUE_CHECKS[name](value)) {
      invalid.push({ name, value });
    }
  }
  const orderBy = params.get('orderBy');
  if (orderBy) {
    const sortable = readScorecardView(params).groupBy
      ? isGroupOrderBy(orderBy)
      : ENTITY_COLUMN_IDS.includes(orderBy) || areaIds.includes(orderBy);
    if (!sortable) {
      invalid.push({ name: 'orderBy', value: orderBy });
    }
  }
  return invalid;
}

const PARAM_NAMES: Record<string, string> = {
  groupBy: 'grouping',
  order: 'sort order',
  orderBy: 'sort column',
  page: 'page',
  pageSize: 'page size',
  phase: 'phase',
  stale: 'stale filter',
  belowTarget: 'below-target filter',
};

/** E.g. `This link's sort column “bogus” was not valid and has been reset.` */
export function invalidParamsMessage(invalid: InvalidParam[]): string {
  const parts = invalid.map(
    ({ name, value }) => `${PARAM_NAMES[name] ?? name} “${value}”`,
  );
  const list =
    parts.length > 1
      ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
      : parts[0];
  return parts.length > 1
    ? `This link's ${list} were not valid and have been reset.`
    : `This link's ${list} was not valid and has been reset.`;
}
