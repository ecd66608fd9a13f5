import { expect, test } from '@playwright/test';
import { parseCsv } from './parseCsv';

test.describe('parseCsv', () => {
  test('reads records keyed by the header, with quoted fields', () => {
    const text =
      'name,title,score\r\n' +
      'a,"Payments, ""core""",26\r\n' +
      'b,"two\r\nlines",\r\n';
    expect(parseCsv(text)).toEqual([
      { name: 'a', title: 'Payments, "core"', score: '26' },
      { name: 'b', title: 'two\r\nlines', score: '' },
    ]);
  });

  test('reads a last record without a line break', () => {
    expect(parseCsv('name,score\na,1')).toEqual([{ name: 'a', score: '1' }]);
  });
});
