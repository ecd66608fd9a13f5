import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import {
  makeAnswer,
  makeAssessment,
  testModel,
} from '../../../testing/fixtures';
import { buildAreaViews } from './buildAreaViews';
import {
  canComeFromCatalog,
  canComeFromRepository,
  nextSteps,
} from './nextSteps';

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
      // On Call's next phase, Crawl, comes before Observability's Walk.
      ['on-call', 'crawl', ['on-call.crawl.schedule']],
      ['observability', 'walk', ['observability.walk.slos']],
    ]);
  });

  it('puts areas the catalog can prove before judgement calls, and criteria likewise', () => {
    // A subjective first area (no evidence rules) and Observability.
    const subjective = {
      ...testModel.areas[1],
      id: 'people',
      title: 'People',
      phases: testModel.areas[1].phases.map(phase => ({
        ...phase,
        criteria: phase.criteria.map(c => ({
          ...c,
          id: c.id.replace('on-call', 'people'),
          evidence: undefined,
        })),
      })),
    };
    const model: MaturityModel = {
      areas: [subjective, testModel.areas[0]],
    };
    const { assessment } = makeAssessment({ evidence: [] });
    const views = buildAreaViews(
      model,
      // The fixture assesses the test model; these ids are the same shape.
      {
        ...assessment,
        areas: [
          {
            ...assessment.areas[1],
            areaId: 'people',
            criteria: assessment.areas[1].criteria.map(c => ({
              ...c,
              criterionId: c.criterionId.replace('on-call', 'people'),
            })),
          },
          assessment.areas[0],
        ],
      },
    );

    const steps = nextSteps(views);

    expect(steps.map(s => s.view.area.id)).toEqual(['observability', 'people']);
    // The dashboard's annotation counts; alerts need an answer.
    expect(steps[0].criteria.map(c => c.criterion.id)).toEqual([
      'observability.crawl.dashboards',
      'observability.crawl.alerts',
    ]);
  });

  it('puts areas behind their target first', () => {
    const { assessment } = makeAssessment({
      answers: [makeAnswer('on-call.crawl.schedule')],
      targets: { areas: { 'on-call': 'run' } },
    });

    const steps = nextSteps(buildAreaViews(testModel, assessment));

    // On Call is further along (Walk next) but behind its Run target.
    expect(steps.map(s => [s.view.area.id, s.phase])).toEqual([
      ['on-call', 'walk'],
      ['observability', 'crawl'],
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

describe('what evidence can meet', () => {
  const criterion = testModel.areas[0].phases[0].criteria[1];

  it('counts TechDocs and relations as the catalog', () => {
    expect(canComeFromCatalog(criterion)).toBe(false);
    expect(
      canComeFromCatalog({ ...criterion, evidence: { techDocs: true } }),
    ).toBe(true);
    expect(
      canComeFromCatalog({
        ...criterion,
        evidence: { relations: ['ownerIsGroup'] },
      }),
    ).toBe(true);
  });

  it('knows what a file in the repository can meet', () => {
    const withFile = {
      ...criterion,
      evidence: { files: [{ glob: 'alerts/**', label: 'Alert rules' }] },
    };
    expect(canComeFromRepository(withFile)).toBe(true);
    expect(canComeFromCatalog(withFile)).toBe(false);
    expect(canComeFromRepository(criterion)).toBe(false);
  });

  it('puts a criterion a repository file can meet before a judgement call', () => {
    const model = structuredClone(testModel);
    const [dashboards, alerts] = model.areas[0].phases[0].criteria;
    delete dashboards.evidence;
    alerts.evidence = {
      files: [{ glob: 'alerts/**', label: 'Alert rules' }],
    };
    const { assessment } = makeAssessment({ evidence: [] });
    const observability = nextSteps(buildAreaViews(model, assessment)).find(
      step => step.view.area.id === 'observability',
    )!;
    expect(observability.criteria.map(c => c.criterion.id)).toEqual([
      'observability.crawl.alerts',
      'observability.crawl.dashboards',
    ]);
  });
});
