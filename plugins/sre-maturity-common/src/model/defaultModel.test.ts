import { defaultModel } from './defaultModel';
import { Criterion } from './types';
import { findCriterion, listCriteria } from './listCriteria';
import { validateModel } from './validateModel';

describe('defaultModel', () => {
  it('is a valid model', () => {
    expect(() => validateModel(defaultModel)).not.toThrow();
  });

  it('has the seven areas of the document, in its order and with its names', () => {
    expect(defaultModel.areas.map(a => [a.id, a.title])).toEqual([
      ['people-and-culture', 'People and Culture'],
      ['observability', 'Observability'],
      ['on-call', 'On Call, Escalations and Incidents'],
      ['failures', 'Failures'],
      ['security', 'Security'],
      ['room-to-improve', 'Room to improve'],
      ['releasing', 'Releasing'],
    ]);
  });

  it('gives every phase a summary and at least three criteria', () => {
    for (const area of defaultModel.areas) {
      for (const phase of area.phases) {
        expect(phase.summary.trim()).not.toBe('');
        expect(phase.criteria.length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('describes every criterion and says how to get there', () => {
    for (const criterion of listCriteria(defaultModel)) {
      expect(criterion.description.trim()).not.toBe('');
      expect(criterion.guidance.trim()).not.toBe('');
      expect(['seed', 'extended']).toContain(criterion.source);
    }
  });

  // Every practice the model document states, one criterion each.
  it.each([
    'people-and-culture.crawl.sre-advocate',
    'people-and-culture.crawl.people-focused-mantras',
    'people-and-culture.crawl.hiring-for-soft-skills',
    'people-and-culture.crawl.experience-from-other-disciplines',
    'people-and-culture.crawl.retraining',
    'people-and-culture.crawl.executive-buy-in',
    'people-and-culture.crawl.product-manager-understands-sre',
    'people-and-culture.walk.executive-support',
    'people-and-culture.run.executive-engagement',
    'observability.crawl.service-metrics',
    'observability.crawl.first-slo',
    'observability.crawl.slos-inform-decisions',
    'observability.crawl.slo-graduation',
    'observability.walk.signal-guidelines',
    'observability.walk.few-false-positives',
    'observability.walk.multiple-meaningful-slos',
    'observability.walk.error-budgets-tracked',
    'observability.walk.actionable-alerts',
    'observability.walk.self-healing',
    'observability.walk.whitebox-and-blackbox-monitoring',
    'observability.walk.dashboards-and-logging',
    'observability.walk.cost-to-serve-known',
    'observability.walk.lower-cost-architecture',
    'observability.run.signal-correlation',
    'observability.run.aiops-debug-experience',
    'observability.run.slo-review-process',
    'on-call.crawl.on-call-schedule',
    'on-call.crawl.schedule-fits-slo',
    'on-call.crawl.escalation-process',
    'on-call.crawl.incident-management-process',
    'on-call.crawl.rca-library',
    'on-call.crawl.blameless-postmortems',
    'on-call.crawl.postmortem-actions-followed',
    'failures.crawl.failure-modes-understood',
    'failures.crawl.environment-planned-for-failure',
    'failures.crawl.weak-areas-improved',
    'failures.walk.slos-validated-under-turbulence',
    'failures.walk.alerts-verified-under-failure',
    'failures.walk.disaster-recovery-rehearsals',
    'failures.walk.incident-rehearsals',
    'failures.run.chaos-testing-in-production',
    'failures.run.sla-met-during-chaos',
    'security.crawl.restricted-production-access',
    'security.crawl.ad-hoc-security-assessments',
    'security.walk.compliance-access-policies',
    'security.walk.audited-tiered-access',
    'security.walk.privileged-access-background-checks',
    'security.walk.source-scanning-in-ci',
    'security.walk.production-scanning',
    'security.walk.security-impact-assessments',
    'security.run.automated-policy-enforcement',
    'room-to-improve.crawl.time-to-improve',
    'room-to-improve.crawl.practise-improve-automate',
    'room-to-improve.crawl.toil-awareness',
    'room-to-improve.walk.toil-measured',
    'room-to-improve.walk.upstream-relationship',
    'releasing.crawl.release-scripts',
    'releasing.walk.robust-ci-cd',
    'releasing.run.canary-releases',
  ])('states the document practice %s as a seed criterion', id => {
    expect(findCriterion(defaultModel, id)?.source).toBe('seed');
  });

  it('marks every criterion the document does not state as extended', () => {
    const seeds = listCriteria(defaultModel).filter(c => c.source === 'seed');
    expect(seeds).toHaveLength(59);
  });

  it.each([
    ['on-call.crawl.on-call-schedule', 'pagerduty.com/service-id'],
    ['on-call.crawl.on-call-schedule', 'opsgenie.com/team'],
    ['on-call.crawl.on-call-schedule', 'sre-maturity.io/on-call'],
    ['on-call.crawl.escalation-process', 'sre-maturity.io/escalation'],
    ['on-call.crawl.rca-library', 'sre-maturity.io/postmortems'],
    ['on-call.walk.runbooks', 'sre-maturity.io/runbook'],
    ['observability.crawl.service-metrics', 'prometheus.io/rule'],
    ['observability.crawl.first-slo', 'sre-maturity.io/slo'],
    ['observability.crawl.errors-tracked', 'sentry.io/project-slug'],
    [
      'observability.walk.error-budgets-tracked',
      'sre-maturity.io/error-budget-policy',
    ],
    ['observability.walk.dashboards-and-logging', 'grafana/dashboard-selector'],
    ['security.walk.source-scanning-in-ci', 'sonarqube.org/project-key'],
    ['security.walk.source-scanning-in-ci', 'snyk.io/org-name'],
    ['releasing.walk.robust-ci-cd', 'argocd/app-name'],
    ['releasing.walk.automated-deployments', 'argocd/app-name'],
  ])('counts %s as evidenced by the annotation %s', (id, annotation) => {
    expect(findCriterion(defaultModel, id)?.evidence?.annotations).toContain(
      annotation,
    );
  });

  it.each([
    ['observability.walk.dashboards-and-logging', 'dashboard'],
    ['on-call.walk.runbooks', 'runbook'],
    ['observability.crawl.first-slo', 'slo'],
  ])('counts %s as evidenced by links of type %s', (id, linkType) => {
    expect(findCriterion(defaultModel, id)?.evidence?.linkTypes).toContain(
      linkType,
    );
  });

  // Each catalog source only where it shows the practice itself.
  it('maps TechDocs and the relations to the criteria they show, and no others', () => {
    const bySource = (has: (c: Criterion) => boolean) =>
      listCriteria(defaultModel)
        .filter(has)
        .map(c => [c.id, c.evidence]);
    expect(bySource(c => !!c.evidence?.techDocs)).toEqual([
      ['on-call.walk.service-documented', { techDocs: true }],
    ]);
    expect(bySource(c => !!c.evidence?.relations?.length)).toEqual([
      [
        'people-and-culture.crawl.owned-by-a-team',
        { relations: ['ownerIsGroup'] },
      ],
      [
        'failures.crawl.dependencies-declared',
        { relations: ['dependsOn', 'consumesApis'] },
      ],
    ]);
  });
});
