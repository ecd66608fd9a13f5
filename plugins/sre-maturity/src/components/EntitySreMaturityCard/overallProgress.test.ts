import {
  libraryFacts,
  makeAnswer,
  makeAssessment,
  servicesOnlyModel,
  testModel,
} from '../../testing/fixtures';
import { buildAreaViews } from '../EntitySreMaturityContent/areaViews/buildAreaViews';
import { overallProgress } from './overallProgress';

describe('overallProgress', () => {
  it('counts the criteria every area needs for the next overall phase', () => {
    // Observability's Crawl is complete (dashboards from the catalog, alerts
    // answered); On Call's one Crawl criterion is open.
    const { assessment } = makeAssessment({
      answers: [makeAnswer('observability.crawl.alerts')],
    });

    expect(
      overallProgress(
        buildAreaViews(testModel, assessment),
        assessment.overall,
      ),
    ).toEqual({
      phase: 'crawl',
      satisfied: 2,
      total: 3,
      areasThere: 1,
      areas: 2,
    });
  });

  it('is undefined at Run', () => {
    const answers = testModel.areas.flatMap(area =>
      area.phases.flatMap(phase => phase.criteria.map(c => makeAnswer(c.id))),
    );
    const { assessment } = makeAssessment({ answers });

    expect(
      overallProgress(
        buildAreaViews(testModel, assessment),
        assessment.overall,
      ),
    ).toBeUndefined();
  });

  it('leaves out the areas and criteria that do not apply to the entity', () => {
    const { assessment } = makeAssessment({
      model: servicesOnlyModel,
      facts: libraryFacts,
      evidence: [],
    });

    // Only Observability applies, and its alerts do not: dashboards is open.
    expect(
      overallProgress(
        buildAreaViews(servicesOnlyModel, assessment),
        assessment.overall,
      ),
    ).toEqual({
      phase: 'crawl',
      satisfied: 0,
      total: 1,
      areasThere: 0,
      areas: 1,
    });
  });
});
