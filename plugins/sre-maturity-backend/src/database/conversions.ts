/**
 * Reads a timestamp column: PostgreSQL and MySQL return dates, SQLite returns
 * the milliseconds that knex stored for a date.
 */
export function readTimestamp(
  value: Date | number | string | null | undefined,
): string | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number') {
    return new Date(value).toISOString();
  }
  // A string without a zone, as SQLite's own clock writes it, is UTC.
  return new Date(
    /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`,
  ).toISOString();
}

/** Reads a count or an aggregate, which some drivers return as strings. */
export function readNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Averages come back as strings or floats; the API shows one decimal. */
export function readAverage(value: unknown): number {
  return Math.round(readNumber(value) * 10) / 10;
}

export function readJson<T>(value: string | null | undefined, fallback: T): T {
  return value ? (JSON.parse(value) as T) : fallback;
}

/** Keeps optional fields optional: database nulls become undefined. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The calendar day `days` after `day` (before, when negative), `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
