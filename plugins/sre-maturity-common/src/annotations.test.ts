import {
  readExemption,
  readTargets,
  SRE_MATURITY_ANNOTATION_DOCS,
  SRE_MATURITY_ANNOTATION_PREFIX,
  SRE_MATURITY_ANNOTATIONS,
  targetPhaseAnnotation,
} from './annotations';
import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { whyNotEvidence } from './evidence/whyNotEvidence';
import { makeModel } from './testing/makeModel';

const model = makeModel({ observability: [1, 1, 1], 'on-call': [1, 1, 1] });

describe('annotation keys', () => {
  it('are valid annotation keys under the plugin prefix', () => {
    for (const key of [
      ...Object.values(SRE_MATURITY_ANNOTATIONS),
      targetPhaseAnnotation('on-call'),
    ]) {
      expect(key.startsWith(SRE_MATURITY_ANNOTATION_PREFIX)).toBe(true);
      expect(KubernetesValidatorFunctions.isValidAnnotationKey(key)).toBe(true);
    }
  });

  it('builds per-area target keys', () => {
    expect(targetPhaseAnnotation('observability')).toBe(
      'sre-maturity.io/target-phase.observability',
    );
  });

  it('are all documented, with a description and an example', () => {
    const documented = SRE_MATURITY_ANNOTATION_DOCS.map(doc => doc.key);
    expect(documented).toEqual(
      expect.arrayContaining([
        ...Object.values(SRE_MATURITY_ANNOTATIONS),
        targetPhaseAnnotation('<areaId>'),
      ]),
    );
    for (const doc of SRE_MATURITY_ANNOTATION_DOCS) {
      expect(doc.description).not.toBe('');
      expect(doc.example).not.toBe('');
    }
  });

  it('have examples that, copied, count as evidence', () => {
    for (const doc of SRE_MATURITY_ANNOTATION_DOCS) {
      expect([doc.key, whyNotEvidence(doc.example)]).toEqual([
        doc.key,
        undefined,
      ]);
    }
  });
});

describe('readTargets', () => {
  it('reads no targets from no annotations', () => {
    expect(readTargets(model)).toEqual({
      targets: { areas: {} },
      problems: [],
    });
  });

  it('reads the overall and per-area targets, ignoring case and spaces', () => {
    expect(
      readTargets(model, {
        'sre-maturity.io/target-phase': ' Walk ',
        'sre-maturity.io/target-phase.on-call': 'run',
        'sre-maturity.io/slo': 'https://slo.example.com',
      }),
    ).toEqual({
      targets: { overall: 'walk', areas: { 'on-call': 'run' } },
      problems: [],
    });
  });

  it('reports and ignores bad phases and unknown areas', () => {
    expect(
      readTargets(model, {
        'sre-maturity.io/target-phase': 'sprint',
        'sre-maturity.io/target-phase.security': 'walk',
        'sre-maturity.io/target-phase.observability': '',
        'sre-maturity.io/target-phase.on-call': 'crawl',
      }),
    ).toEqual({
      targets: { areas: { 'on-call': 'crawl' } },
      problems: [
        'sre-maturity.io/target-phase: "sprint" is not a phase (expected crawl, walk, run)',
        'sre-maturity.io/target-phase.security: unknown area "security"',
        'sre-maturity.io/target-phase.observability: "" is not a phase (expected crawl, walk, run)',
      ],
    });
  });
});

describe('readExemption', () => {
  it('is not exempt without the annotation, or when it is empty or false', () => {
    expect(readExemption()).toEqual({ exempt: false });
    expect(readExemption({ 'sre-maturity.io/exempt': ' ' })).toEqual({
      exempt: false,
    });
    expect(readExemption({ 'sre-maturity.io/exempt': 'False' })).toEqual({
      exempt: false,
    });
  });

  it('takes the value as the reason', () => {
    expect(
      readExemption({ 'sre-maturity.io/exempt': ' Shut down in Q3 ' }),
    ).toEqual({ exempt: true, reason: 'Shut down in Q3' });
  });

  it('exempts without a reason for true', () => {
    expect(readExemption({ 'sre-maturity.io/exempt': 'true' })).toEqual({
      exempt: true,
    });
  });
});
