import type { SreMaturityApiComponents } from '../schema/types';

// The model and assessment types are the API's, generated from the
// backend's spec (see ../schema): the scoring computes what the API returns.

/**
 * The phases of every area, in order. A phase is reached only when it and
 * every earlier phase are complete.
 *
 * @public
 */
export const PHASES = [
  'crawl',
  'walk',
  'run',
] as const satisfies readonly PhaseId[];

/** @public */
export type PhaseId = SreMaturityApiComponents['schemas']['PhaseId'];

/**
 * Where an area or an entity stands: the highest phase reached, or
 * `not-started` when not even Crawl is complete.
 *
 * @public
 */
export type MaturityLevel =
  SreMaturityApiComponents['schemas']['MaturityLevel'];

/**
 * Whether the criterion is stated by the seed document, added from
 * established SRE practice to fill a stub, or added by the installer's config.
 *
 * @public
 */
export type CriterionSource =
  SreMaturityApiComponents['schemas']['CriterionSource'];

/**
 * What in a catalog entity counts as evidence that a criterion is met.
 * Any one match is enough.
 *
 * @public
 */
export type EvidenceRule = SreMaturityApiComponents['schemas']['EvidenceRule'];

/**
 * A file in the entity's repository that counts as evidence: a path glob,
 * optionally a pattern its content must match, and what it shows.
 *
 * @public
 */
export type FileEvidenceRule =
  SreMaturityApiComponents['schemas']['FileEvidenceRule'];

/**
 * A catalog relation an evidence rule can name: the entity declares a
 * dependency, a provided or a consumed API, or its owner resolves to a Group
 * entity in the catalog.
 *
 * @public
 */
export type EvidenceRelation =
  SreMaturityApiComponents['schemas']['EvidenceRelation'];

/**
 * Every relation an evidence rule can name, in the order the spec lists them.
 *
 * @public
 */
export const EVIDENCE_RELATIONS = [
  'dependsOn',
  'providesApis',
  'consumesApis',
  'ownerIsGroup',
] as const satisfies readonly EvidenceRelation[];

/**
 * Entities a criterion or the model applies to, by kind, `spec.type`,
 * `spec.lifecycle` and the `sre-maturity.io/tier` annotation.
 *
 * @public
 */
export type EntitySelector =
  SreMaturityApiComponents['schemas']['EntitySelector'];

/** @public */
export type Criterion = SreMaturityApiComponents['schemas']['Criterion'];

/** @public */
export type PhaseDefinition =
  SreMaturityApiComponents['schemas']['PhaseDefinition'];

/** @public */
export type Area = SreMaturityApiComponents['schemas']['Area'];

/** @public */
export type MaturityModel =
  SreMaturityApiComponents['schemas']['MaturityModel'];

/** @public */
export type AnswerStatus = SreMaturityApiComponents['schemas']['AnswerStatus'];

/**
 * A team's explicit answer for one criterion of one entity.
 *
 * @public
 */
export type Answer = SreMaturityApiComponents['schemas']['Answer'];

/**
 * One piece of evidence found for a criterion, e.g. an annotation.
 *
 * @public
 */
export type Evidence = SreMaturityApiComponents['schemas']['Evidence'];

/** @public */
export type EffectiveStatus =
  SreMaturityApiComponents['schemas']['EffectiveStatus'];

/**
 * Where an effective status comes from.
 *
 * @public
 */
export type StatusOrigin = SreMaturityApiComponents['schemas']['StatusOrigin'];

/**
 * A source of evidence that could not be read, as shown on the criteria it
 * would have given evidence for.
 *
 * @public
 */
export type UnreadableSource =
  SreMaturityApiComponents['schemas']['UnreadableSource'];

/** @public */
export type CriterionResult =
  SreMaturityApiComponents['schemas']['CriterionResult'];

/** @public */
export type AreaResult = SreMaturityApiComponents['schemas']['AreaResult'];

/** @public */
export type AssessmentResult =
  SreMaturityApiComponents['schemas']['AssessmentResult'];

/**
 * Targets read from the entity's annotations.
 *
 * @public
 */
export type MaturityTargets =
  SreMaturityApiComponents['schemas']['MaturityTargets'];
