import {
  defaultModel,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { testModel } from '../../testing/fixtures';
import { buildWorkedExample } from './workedExample';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('buildWorkedExample', () => {
  it('scores an area whose Crawl is done and one Walk criterion met, with the real scoring', () => {
    const example = buildWorkedExample(defaultModel, NOW)!;
    const { area, fromCatalog, crawlMet, notApplicable, walkMet, result } =
      example;
    const crawl = area.phases[0].criteria;

    // The first area whose first Crawl criterion an annotation meets.
    expect(area.id).toBe('observability');
    expect(fromCatalog).toEqual({
      criterion: crawl[0],
      annotation: crawl[0].evidence!.annotations![0],
    });
    expect([fromCatalog!.criterion, ...crawlMet, notApplicable]).toEqual(crawl);
    expect(walkMet).toBe(area.phases[1].criteria[0]);

    const areaResult = result.areas.find(a => a.areaId === area.id)!;
    expect(areaResult).toMatchObject({
      level: 'crawl',
      nextPhase: 'walk',
      progress: 1 / area.phases[1].criteria.length,
      target: 'walk',
      gap: 1,
    });
    expect(
      result.areas.filter(a => a.areaId !== area.id).map(a => a.level),
    ).toEqual(Array(defaultModel.areas.length - 1).fill('not-started'));
    expect(result.overall).toBe('not-started');
    const total = defaultModel.areas.flatMap(a =>
      a.phases.flatMap(p => p.criteria),
    ).length;
    expect(result.score).toBe(
      Math.round((100 * (crawl.length - 1 + 1)) / (total - 1)),
    );
    expect(result.gap).toBe(2);
  });

  it('answers every Crawl criterion when no annotation can meet one', () => {
    const withoutEvidence: MaturityModel = structuredClone(defaultModel);
    for (const area of withoutEvidence.areas) {
      for (const phase of area.phases) {
        for (const criterion of phase.criteria) {
          delete criterion.evidence;
        }
      }
    }
    const example = buildWorkedExample(withoutEvidence, NOW)!;
    expect(example.area.id).toBe(withoutEvidence.areas[0].id);
    expect(example.fromCatalog).toBeUndefined();
    expect(example.crawlMet).toEqual(
      example.area.phases[0].criteria.slice(0, -1),
    );
  });

  it('gives none for a model without an area of two Crawl and two Walk criteria', () => {
    expect(buildWorkedExample(testModel, NOW)).toBeUndefined();
  });
});
