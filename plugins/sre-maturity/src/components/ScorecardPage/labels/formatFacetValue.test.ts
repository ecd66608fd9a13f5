import { formatFacetValue } from './formatFacetValue';

describe('formatFacetValue', () => {
  it('shortens owner and system refs', () => {
    expect(formatFacetValue('owner', 'group:default/team-a')).toBe('team-a');
    expect(formatFacetValue('owner', 'user:default/jane')).toBe('user:jane');
    expect(formatFacetValue('owner', 'group:ops/sre')).toBe('ops/sre');
    expect(formatFacetValue('system', 'payments')).toBe('payments');
  });

  it('names levels by their title', () => {
    expect(formatFacetValue('phase', 'not-started')).toBe('Not started');
  });

  it('shows other values as they are', () => {
    expect(formatFacetValue('kind', 'Component')).toBe('Component');
    expect(formatFacetValue('owner', ':bad:')).toBe(':bad:');
  });
});
