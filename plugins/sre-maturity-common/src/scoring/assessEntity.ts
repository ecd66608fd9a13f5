import {
  Answer,
  AreaResult,
  AssessmentResult,
  CriterionResult,
  Evidence,
  MaturityLevel,
  MaturityModel,
  MaturityTargets,
  PHASES,
  PhaseId,
  UnreadableSource,
} from '../model/types';
import { EntityFacts } from '../applicability/entityFacts';
import { matchesSelectors } from '../applicability/matchesSelectors';
import { isSatisfied } from './isSatisfied';
import { levelRank } from './levels';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How old an answer may get, by default, before it is flagged as stale.
 *
 * @public
 */
export const DEFAULT_STALE_AFTER_DAYS = 180;

/**
 * A source of evidence that could not be read, and the criteria it gives
 * evidence for.
 *
 * @public
 */
export interface UnreadableEvidence {
  criterionIds: string[];
  source: UnreadableSource;
}

/** @public */
export interface AssessEntityOptions {
  model: MaturityModel;
  /** What the model's and the criteria's `appliesTo` are matched against. */
  entity: EntityFacts;
  /** The entity's explicit answers; answers to criteria not in the model are ignored. */
  answers: Answer[];
  /** Evidence found for the entity; evidence for criteria not in the model is ignored. */
  evidence: Evidence[];
  /**
   * Sources that could not be read; each criterion they give evidence for
   * lists them as `unreadable`. Its status does not change: nothing is
   * known from them.
   */
  unreadable?: UnreadableEvidence[];
  targets?: MaturityTargets;
  /** The moment to assess at; defaults to now. */
  now?: Date;
  /** Age in days after which an answer is stale; defaults to 180. */
  staleAfterDays?: number;
}

/**
 * Assesses one entity against the model. Pure: the same input always gives
 * the same result.
 *
 * - A criterion applies when the model's `appliesTo` and its own match the
 *   entity (absent matches all). One that does not is `not-applicable` with
 *   origin `model`, whatever the answer; its answer is neither stale nor
 *   expired. An area applies when any of its criteria does, the entity when
 *   any area does.
 * - Effective status: an explicit answer wins, except a `not-applicable`
 *   whose `expiresAt` day has passed, which counts as unanswered
 *   (`expired`). Otherwise evidence means `met` from the catalog; otherwise
 *   `unknown`.
 * - A phase is reached when every criterion of it and of every earlier phase
 *   is met or not applicable. An area's level is the highest phase reached,
 *   or `not-started`; `progress` is the share of the next phase's criteria
 *   that are met or answered not applicable, among those of it that apply
 *   (1 once Run is reached).
 * - An area that does not apply is `not-started` with progress 0 and no
 *   target or gap, and is left out of the overall level.
 * - The overall level is the weakest applicable area's.
 * - The score is `round(100 * met / applicable)`, where applicable criteria
 *   are those that apply and are not answered `not-applicable`. When every
 *   criterion that applies is answered `not-applicable` the score is 100:
 *   every area then reaches Run, so level and score agree.
 * - An entity to which nothing applies is `not-started` with score 0 and
 *   gap 0: there is nothing to measure.
 * - The gap is how many phases an area is short of its target (the per-area
 *   target, else the overall one); the entity's gap is the largest.
 * - An answer is stale when it was given more than `staleAfterDays` ago.
 *
 * @public
 */
export function assessEntity(options: AssessEntityOptions): AssessmentResult {
  const {
    model,
    targets,
    now = new Date(),
    staleAfterDays = DEFAULT_STALE_AFTER_DAYS,
  } = options;
  const answers = new Map(options.answers.map(a => [a.criterionId, a]));
  const evidence = groupEvidence(options.evidence);
  const unreadable = groupUnreadable(options.unreadable ?? []);
  const today = now.toISOString().slice(0, 10);
  const staleBefore = now.getTime() - staleAfterDays * DAY_MS;

  const modelApplies = matchesSelectors(model.appliesTo, options.entity);

  const areas = model.areas.map((area): AreaResult => {
    const phaseResults = area.phases.map(phase =>
      phase.criteria.map(criterion =>
        assessCriterion({
          criterionId: criterion.id,
          areaId: area.id,
          phase: phase.id,
          applies:
            modelApplies &&
            matchesSelectors(criterion.appliesTo, options.entity),
          answer: answers.get(criterion.id),
          evidence: evidence.get(criterion.id) ?? [],
          unreadable: unreadable.get(criterion.id) ?? [],
          today,
          staleBefore,
        }),
      ),
    );
    const criteria = phaseResults.flat();
    if (!criteria.some(appliesByModel)) {
      return {
        areaId: area.id,
        applicable: false,
        level: 'not-started',
        progress: 0,
        gap: 0,
        criteria,
      };
    }
    const complete = phaseResults.map(results => results.every(isSatisfied));
    const reached = complete.indexOf(false);
    const rank = reached === -1 ? PHASES.length : reached;
    const level: MaturityLevel = rank === 0 ? 'not-started' : PHASES[rank - 1];
    const nextPhase = PHASES[rank];
    const next = nextPhase ? phaseResults[rank].filter(appliesByModel) : [];
    const progress =
      next.length === 0 ? 1 : next.filter(isSatisfied).length / next.length;
    const target = targets?.areas[area.id] ?? targets?.overall;
    return {
      areaId: area.id,
      applicable: true,
      level,
      ...(nextPhase && { nextPhase }),
      progress,
      ...(target && { target }),
      gap: target ? Math.max(0, levelRank(target) - rank) : 0,
      criteria,
    };
  });

  const applicableAreas = areas.filter(area => area.applicable);
  const criteria = areas.flatMap(area => area.criteria);
  const applicable = criteria.filter(c => c.status !== 'not-applicable');
  const met = applicable.filter(c => c.status === 'met');
  const answerTimes = criteria
    .filter(appliesByModel)
    .flatMap(c => (c.answer ? [Date.parse(c.answer.answeredAt)] : []))
    .filter(time => !Number.isNaN(time));
  const anyApplies = applicableAreas.length > 0;
  let score = 0;
  if (anyApplies) {
    score =
      applicable.length === 0
        ? 100
        : Math.round((100 * met.length) / applicable.length);
  }

  return {
    applicable: anyApplies,
    overall: applicableAreas.reduce<MaturityLevel>(
      (weakest, area) =>
        levelRank(area.level) < levelRank(weakest) ? area.level : weakest,
      anyApplies ? 'run' : 'not-started',
    ),
    score,
    ...(targets?.overall && { target: targets.overall }),
    gap: Math.max(0, ...areas.map(area => area.gap)),
    areas,
    ...(answerTimes.length > 0 && {
      lastAssessedAt: new Date(Math.max(...answerTimes)).toISOString(),
    }),
    staleCount: criteria.filter(c => c.stale).length,
  };
}

function groupEvidence(evidence: Evidence[]): Map<string, Evidence[]> {
  const byCriterion = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const list = byCriterion.get(item.criterionId) ?? [];
    list.push(item);
    byCriterion.set(item.criterionId, list);
  }
  return byCriterion;
}

function groupUnreadable(
  unreadable: UnreadableEvidence[],
): Map<string, UnreadableSource[]> {
  const byCriterion = new Map<string, UnreadableSource[]>();
  for (const { criterionIds, source } of unreadable) {
    for (const criterionId of criterionIds) {
      byCriterion.set(criterionId, [
        ...(byCriterion.get(criterionId) ?? []),
        source,
      ]);
    }
  }
  return byCriterion;
}

function appliesByModel(result: CriterionResult): boolean {
  return result.origin !== 'model';
}

function assessCriterion(input: {
  criterionId: string;
  areaId: string;
  phase: PhaseId;
  applies: boolean;
  answer?: Answer;
  evidence: Evidence[];
  unreadable: UnreadableSource[];
  today: string;
  staleBefore: number;
}): CriterionResult {
  const { answer, evidence, applies } = input;
  // YYYY-MM-DD strings compare in date order; the expiry day itself still counts.
  const expired =
    applies &&
    answer?.status === 'not-applicable' &&
    !!answer.expiresAt &&
    answer.expiresAt < input.today;
  const stale =
    applies &&
    answer !== undefined &&
    Date.parse(answer.answeredAt) < input.staleBefore;
  const base = {
    criterionId: input.criterionId,
    areaId: input.areaId,
    phase: input.phase,
    ...(answer && { answer }),
    evidence,
    ...(input.unreadable.length > 0 && { unreadable: input.unreadable }),
    stale,
    expired,
  };
  if (!applies) {
    return { ...base, status: 'not-applicable', origin: 'model' };
  }
  if (answer && !expired) {
    return { ...base, status: answer.status, origin: 'answer' };
  }
  if (evidence.length > 0) {
    return { ...base, status: 'met', origin: 'catalog' };
  }
  return { ...base, status: 'unknown', origin: 'none' };
}
