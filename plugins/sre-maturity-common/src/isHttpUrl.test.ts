import { isHttpUrl } from './isHttpUrl';

describe('isHttpUrl', () => {
  it.each([
    'https://example.com/slo',
    'http://grafana.internal:3000/d/abc',
    ' HTTPS://Example.com/runbook',
  ])('accepts %s', value => expect(isHttpUrl(value)).toBe(true));

  it.each([
    'example.com',
    'team-payments',
    'data:text/html,hi',
    'ftp://example.com/file',
    'https://',
    'mailto:team@example.com',
    '',
  ])('rejects %j', value => expect(isHttpUrl(value)).toBe(false));
});
