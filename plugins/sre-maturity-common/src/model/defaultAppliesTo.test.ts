import { EntityFacts } from '../applicability/entityFacts';
import { matchesSelectors } from '../applicability/matchesSelectors';
import { defaultModel } from './defaultModel';
import { listCriteria } from './listCriteria';

function applying(entity: EntityFacts): string[] {
  return listCriteria(defaultModel)
    .filter(c => matchesSelectors(c.appliesTo, entity))
    .map(c => c.id);
}

function areasOf(ids: string[]): string[] {
  return [...new Set(ids.map(id => id.split('.')[0]))].sort();
}

const everyCriterion = listCriteria(defaultModel).map(c => c.id);

describe('what the default model applies to', () => {
  it('applies everything to a running service, a website and a system', () => {
    for (const entity of [
      { kind: 'Component', type: 'service' },
      { kind: 'component', type: 'Website' },
      { kind: 'System', type: 'product' },
    ]) {
      expect(applying(entity)).toEqual(everyCriterion);
    }
  });

  it('counts a component of a type it does not know, or of none, as running', () => {
    for (const type of ['backend', 'grpc', 'micro-service', undefined]) {
      expect(applying({ kind: 'Component', type })).toEqual(everyCriterion);
    }
  });

  it('judges a library on releasing, security and ownership, never on call', () => {
    const ids = applying({ kind: 'Component', type: 'library' });
    expect(areasOf(ids)).toEqual([
      'people-and-culture',
      'releasing',
      'security',
    ]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'releasing.crawl.version-control',
        'releasing.walk.robust-ci-cd',
        'security.walk.source-scanning-in-ci',
        'people-and-culture.crawl.owned-by-a-team',
      ]),
    );
    expect(ids).not.toContain('releasing.run.canary-releases');
    expect(ids).not.toContain('security.crawl.restricted-production-access');
  });

  it('judges a database on backups, access and recovery', () => {
    for (const entity of [
      { kind: 'Resource', type: 'database' },
      { kind: 'Database', type: 'postgres' },
    ]) {
      const ids = applying(entity);
      expect(areasOf(ids)).toEqual([
        'failures',
        'people-and-culture',
        'releasing',
        'security',
      ]);
      expect(ids).toEqual(
        expect.arrayContaining([
          'failures.crawl.backups',
          'failures.walk.disaster-recovery-rehearsals',
          'security.crawl.restricted-production-access',
          'security.run.just-in-time-access',
        ]),
      );
      expect(ids).not.toContain('observability.crawl.first-slo');
    }
  });

  it('asks other resources about access, not backups', () => {
    const ids = applying({ kind: 'Resource', type: 'kafka-topic' });
    expect(ids).toContain('security.walk.compliance-access-policies');
    expect(ids).not.toContain('failures.crawl.backups');
  });

  it('judges an API spec on version control, design review and ownership', () => {
    expect(applying({ kind: 'API', type: 'openapi' })).toEqual([
      'people-and-culture.crawl.owned-by-a-team',
      'security.walk.security-impact-assessments',
      'releasing.crawl.version-control',
    ]);
  });
});
