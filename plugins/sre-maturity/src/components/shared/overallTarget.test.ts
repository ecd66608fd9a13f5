import { makeAnswer, makeAssessment, testModel } from '../../testing/fixtures';
import { formatOverallGap, formatOverallTarget } from './overallTarget';

const { areas } = testModel;

describe('overallTarget', () => {
  it('measures the gap against the overall target when the furthest area shares it', () => {
    const fields = makeAssessment({ targets: { overall: 'run', areas: {} } });

    expect(formatOverallTarget(fields)).toBe('Run');
    expect(formatOverallGap(fields, areas)).toBe('3 phases short of Run');
  });

  it('names the area whose own target makes the gap larger', () => {
    const fields = makeAssessment({
      targets: { overall: 'walk', areas: { 'on-call': 'run' } },
    });

    expect(formatOverallTarget(fields)).toBe('Walk');
    expect(formatOverallGap(fields, areas)).toBe(
      '3 phases short (On Call targets Run)',
    );
  });

  it('handles targets set per area only', () => {
    const fields = makeAssessment({
      targets: { areas: { observability: 'crawl' } },
    });

    expect(formatOverallTarget(fields)).toBe('Per area');
    expect(formatOverallGap(fields, areas)).toBe(
      '1 phase short (Observability targets Crawl)',
    );
  });

  it('says when the target is reached', () => {
    const answers = areas.flatMap(area =>
      area.phases[0].criteria.map(c => makeAnswer(c.id)),
    );
    const fields = makeAssessment({
      answers,
      targets: { overall: 'crawl', areas: {} },
    });

    expect(formatOverallGap(fields, areas)).toBe('Target reached');
  });

  it('says when no target is set', () => {
    const fields = makeAssessment({ targets: { areas: {} } });

    expect(formatOverallTarget(fields)).toBe('None set');
    expect(formatOverallGap(fields, areas)).toBe('No target');
  });
});
