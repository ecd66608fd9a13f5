import {
  makeAnswer,
  makeAssessment,
  testModel,
} from '../../../testing/fixtures';
import { buildAreaViews } from './buildAreaViews';
import { nextSteps } from './nextSteps';

describe('nextSteps', () => {
  it('lists the unsatisfied criteria of each area’s next phase', () => {
    const { assessment } = makeAssessment({
      answers: [
        makeAnswer('observability.crawl.alerts'),
        makeAnswer('on-call.crawl.schedule', { status: 'not-met' }),
      ],
    });

    const steps = nextSteps(buildAreaViews(testModel, assessment));

    expect(
      steps.map(s => [
        s.view.area.id,
        s.phase,
        s.criteria.map(c => c.criterion.id),
      ]),
    ).toEqual([
      ['observability', 'walk', ['observability.walk.slos']],
      ['on-call', 'crawl', ['on-call.crawl.schedule']],
    ]);
  });

  it('has nothing for areas at Run', () => {
    const answers = testModel.areas.flatMap(area =>
      area.phases.flatMap(phase => phase.criteria.map(c => makeAnswer(c.id))),
    );
    const { assessment } = makeAssessment({ answers });

    expect(nextSteps(buildAreaViews(testModel, assessment))).toEqual([]);
  });
});
