import { gapCaption } from './gapCaption';

describe('gapCaption', () => {
  it('names the overall target when it accounts for the gap', () => {
    expect(gapCaption({ overall: 'not-started', target: 'walk', gap: 2 })).toBe(
      'target Walk',
    );
    expect(gapCaption({ overall: 'run', target: 'walk', gap: 0 })).toBe(
      'target Walk',
    );
  });

  it('points to per-area targets when they make the gap', () => {
    expect(gapCaption({ overall: 'not-started', target: 'walk', gap: 3 })).toBe(
      'per-area target',
    );
    expect(gapCaption({ overall: 'crawl', gap: 1 })).toBe('per-area target');
  });

  it('has nothing to say without a gap or target', () => {
    expect(gapCaption({ overall: 'crawl', gap: 0 })).toBeUndefined();
    expect(
      gapCaption({ overall: 'crawl', target: 'run', gap: 0 }),
    ).toBeUndefined();
  });
});
