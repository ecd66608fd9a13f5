import { sreMaturityPlugin } from './plugin';

describe('sre-maturity', () => {
  it('should export plugin', () => {
    expect(sreMaturityPlugin).toBeDefined();
  });
});
