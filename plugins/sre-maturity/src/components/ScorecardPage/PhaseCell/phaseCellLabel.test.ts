import {
  nextPhaseOf,
  phaseCellLabel,
  phaseProgressText,
} from './phaseCellLabel';

describe('phaseCellLabel', () => {
  it('names the level and the progress toward the next phase', () => {
    expect(phaseCellLabel('Observability', 'walk', 0.4)).toBe(
      'Observability: Walk, 40% to Run',
    );
    expect(phaseCellLabel('Security', 'not-started', 0.333)).toBe(
      'Security: Not started, 33% to Crawl',
    );
  });

  it('leaves progress out once Run is reached or when not given', () => {
    expect(phaseCellLabel('Releasing', 'run', 1)).toBe('Releasing: Run');
    expect(phaseCellLabel('Overall', 'crawl')).toBe('Overall: Crawl');
  });
});

describe('nextPhaseOf', () => {
  it('follows crawl, walk, run', () => {
    expect(nextPhaseOf('not-started')).toBe('crawl');
    expect(nextPhaseOf('crawl')).toBe('walk');
    expect(nextPhaseOf('walk')).toBe('run');
    expect(nextPhaseOf('run')).toBeUndefined();
  });
});

describe('phaseProgressText', () => {
  it('says toward which phase the percentage counts', () => {
    expect(phaseProgressText('crawl', 0.4)).toBe('40% → Walk');
    expect(phaseProgressText('not-started', 0)).toBe('0% → Crawl');
    expect(phaseProgressText('run', 1)).toBeUndefined();
  });
});
