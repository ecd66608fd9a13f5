/**
 * A field of a CSV record; `undefined` and `null` are written empty.
 *
 * @public
 */
export type CsvValue = string | number | boolean | undefined | null;

/**
 * One CSV record (RFC 4180), ending in CRLF. Text that a spreadsheet would
 * run as a formula gets a leading apostrophe, since catalog fields are
 * user-controlled. Shared by the backend's export and the frontend's export
 * of roll-ups.
 *
 * @public
 */
export function toCsvRecord(values: CsvValue[]): string {
  return `${values.map(toCsvField).join(',')}\r\n`;
}

function toCsvField(value: CsvValue): string {
  if (value === undefined || value === null) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
