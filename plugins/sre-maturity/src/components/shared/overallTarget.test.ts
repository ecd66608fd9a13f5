import { makeAnswer, makeAssessment, testModel } from '../../testing/fixtures';
import { describeTargetGaps, formatOverallTarget } from './overallTarget';

const { areas } = testModel;

describe('overallTarget', () => {
  it('counts the phases from the overall phase to the overall target', () => {
    const fields = makeAssessment({ targets: { overall: 'run', areas: {} } });

    expect(formatOverallTarget(fields)).toBe('Run');
    expect(fields.assessment.overall).toBe('not-started');
    expect(describeTargetGaps(fields, areas)).toEqual([
      'Target Run: 3 phases to go',
    ]);
  });

  it('counts Walk as two phases away from Not started, and names an area with its own, further target', () => {
    const fields = makeAssessment({
      targets: { overall: 'walk', areas: { 'on-call': 'run' } },
    });

    expect(formatOverallTarget(fields)).toBe('Walk');
    expect(describeTargetGaps(fields, areas)).toEqual([
      'Target Walk: 2 phases to go',
      'On Call targets Run: 3 phases to go',
    ]);
  });

  it('handles targets set per area only', () => {
    const fields = makeAssessment({
      targets: { areas: { observability: 'crawl' } },
    });

    expect(formatOverallTarget(fields)).toBe('Per area');
    expect(describeTargetGaps(fields, areas)).toEqual([
      'Observability targets Crawl: 1 phase to go',
    ]);
  });

  it('says when the target is reached', () => {
    const answers = areas.flatMap(area =>
      area.phases[0].criteria.map(c => makeAnswer(c.id)),
    );
    const overall = makeAssessment({
      answers,
      targets: { overall: 'crawl', areas: {} },
    });
    const perArea = makeAssessment({
      answers,
      targets: { areas: { observability: 'crawl' } },
    });

    expect(describeTargetGaps(overall, areas)).toEqual([
      'Target Crawl: reached',
    ]);
    expect(describeTargetGaps(perArea, areas)).toEqual([
      'Every area has reached its target',
    ]);
  });

  it('says nothing when no target is set', () => {
    const fields = makeAssessment({ targets: { areas: {} } });

    expect(formatOverallTarget(fields)).toBe('None set');
    expect(describeTargetGaps(fields, areas)).toEqual([]);
  });
});
