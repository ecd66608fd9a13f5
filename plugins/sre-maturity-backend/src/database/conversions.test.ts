import { readTimestamp, utcDay } from './conversions';

describe('conversions', () => {
  it('reads timestamps from every driver as ISO strings', () => {
    const iso = '2025-06-30T12:34:56.789Z';
    expect(readTimestamp(new Date(iso))).toBe(iso);
    expect(readTimestamp(Date.parse(iso))).toBe(iso);
    expect(readTimestamp('2025-06-30 12:34:56')).toBe(
      '2025-06-30T12:34:56.000Z',
    );
    expect(readTimestamp('2025-06-30T14:34:56.789+02:00')).toBe(iso);
    expect(readTimestamp(null)).toBeUndefined();
  });

  it('gives the UTC day', () => {
    expect(utcDay(new Date('2025-06-30T23:59:59-05:00'))).toBe('2025-07-01');
  });
});
