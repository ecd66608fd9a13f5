import { toCsvRecord } from './toCsvRecord';

describe('toCsvRecord', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(toCsvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines'])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('writes numbers and booleans as they are and missing values empty', () => {
    expect(toCsvRecord([42, true, undefined, null, ''])).toBe('42,true,,,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsvRecord(['=1+1', '+cmd', '-2', '@SUM(A1)'])).toBe(
      "'=1+1,'+cmd,'-2,'@SUM(A1)\r\n",
    );
    expect(toCsvRecord(['=a,b'])).toBe(`"'=a,b"\r\n`);
  });
});
