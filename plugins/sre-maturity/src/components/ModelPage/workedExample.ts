import {
  Answer,
  Area,
  assessEntity,
  AssessmentResult,
  CATALOG_EVIDENCE_PROVIDER,
  Criterion,
  EntityFacts,
  Evidence,
  MaturityModel,
  PhaseId,
} from '@sre-maturity/backstage-plugin-common';

/**
 * A made-up entity scored by the real scoring, so the explanation's figures
 * are the ones the plugin computes: in one area, every Crawl criterion done
 * (the first from a catalog annotation where its rule names one, the last
 * answered not applicable, the others met) and one Walk criterion met;
 * nothing elsewhere; an overall target of Walk.
 */
export interface WorkedExample {
  area: Area;
  target: PhaseId;
  /** The Crawl criterion met from the catalog, and by which annotation. */
  fromCatalog?: { criterion: Criterion; annotation: string };
  /** The other Crawl criteria, answered met. */
  crawlMet: Criterion[];
  notApplicable: Criterion;
  walkMet: Criterion;
  result: AssessmentResult;
}

const TARGET: PhaseId = 'walk';

/** A running service in production, to which every default criterion applies. */
const EXAMPLE_ENTITY: EntityFacts = {
  kind: 'Component',
  type: 'service',
  lifecycle: 'production',
};

/**
 * The worked example on an area with two Crawl and two Walk criteria or
 * more, the first whose first Crawl criterion an annotation can meet if any;
 * undefined for a model without such an area.
 */
export function buildWorkedExample(
  model: MaturityModel,
  now = new Date(),
): WorkedExample | undefined {
  const candidates = model.areas.filter(
    a => a.phases[0].criteria.length >= 2 && a.phases[1].criteria.length >= 2,
  );
  const area =
    candidates.find(
      a => a.phases[0].criteria[0].evidence?.annotations?.length,
    ) ?? candidates[0];
  if (!area) {
    return undefined;
  }
  const crawl = area.phases[0].criteria;
  const notApplicable = crawl[crawl.length - 1];
  const walkMet = area.phases[1].criteria[0];
  const annotation = crawl[0].evidence?.annotations?.[0];
  const fromCatalog = annotation
    ? { criterion: crawl[0], annotation }
    : undefined;
  const crawlMet = crawl.slice(fromCatalog ? 1 : 0, -1);

  const answeredAt = now.toISOString();
  const answer = (criterion: Criterion, status: Answer['status']): Answer => ({
    criterionId: criterion.id,
    status,
    answeredBy: 'user:default/example',
    answeredAt,
    ...(status === 'not-applicable' && { reason: 'An example' }),
  });
  const evidence: Evidence[] = fromCatalog
    ? [
        {
          criterionId: fromCatalog.criterion.id,
          provider: CATALOG_EVIDENCE_PROVIDER,
          key: fromCatalog.annotation,
          value: 'an example value',
        },
      ]
    : [];
  const result = assessEntity({
    model,
    entity: EXAMPLE_ENTITY,
    answers: [
      ...[...crawlMet, walkMet].map(c => answer(c, 'met')),
      answer(notApplicable, 'not-applicable'),
    ],
    evidence,
    targets: { overall: TARGET, areas: {} },
    now,
  });
  return {
    area,
    target: TARGET,
    fromCatalog,
    crawlMet,
    notApplicable,
    walkMet,
    result,
  };
}
