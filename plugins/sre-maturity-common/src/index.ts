/**
 * The SRE maturity model as data, its scoring, catalog annotations,
 * configuration and permissions, shared by the SRE maturity plugins.
 *
 * @packageDocumentation
 */

export * from './model/types';
export { defaultModel } from './model/defaultModel';
export { isValidSlug, parseCriterionId } from './model/ids';
export {
  listCriteria,
  findCriterion,
  criterionIds,
} from './model/listCriteria';
export type { LocatedCriterion } from './model/listCriteria';
export { validateModel } from './model/validateModel';
export { buildModel } from './model/buildModel';
export type {
  AreaInput,
  CriterionInput,
  CriterionOverride,
  ModelOverrides,
  PhaseInput,
} from './model/buildModel';
export { assessEntity, DEFAULT_STALE_AFTER_DAYS } from './scoring/assessEntity';
export type {
  AssessEntityOptions,
  UnreadableEvidence,
} from './scoring/assessEntity';
export { readEntityFacts } from './applicability/entityFacts';
export type { EntityFacts } from './applicability/entityFacts';
export { matchesSelectors } from './applicability/matchesSelectors';
export {
  describeSelector,
  describeAppliesTo,
} from './applicability/describeAppliesTo';
export { DEFAULT_APPLIES_TO } from './model/defaultSelectors';
export { isSatisfied } from './scoring/isSatisfied';
export {
  levelRank,
  emptyLevelCounts,
  levelOfRank,
  MATURITY_LEVELS,
  MATURITY_LEVEL_TITLES,
} from './scoring/levels';
export {
  findCatalogEvidence,
  readCatalogEvidence,
  CATALOG_EVIDENCE_PROVIDER,
  TECHDOCS_ANNOTATION,
} from './evidence/findCatalogEvidence';
export { RELATION_ENTITY_FIELDS } from './evidence/readRelations';
export type {
  CatalogEvidence,
  CatalogEvidenceOptions,
  RefusedEvidence,
} from './evidence/findCatalogEvidence';
export { whyNotEvidence } from './evidence/whyNotEvidence';
export {
  SRE_MATURITY_ANNOTATION_PREFIX,
  SRE_MATURITY_ANNOTATIONS,
  SRE_MATURITY_ANNOTATION_DOCS,
  targetPhaseAnnotation,
  readTargets,
  readExemption,
} from './annotations';
export type { SreMaturityAnnotationDoc } from './annotations';
export {
  sreMaturityAssessmentUpdatePermission,
  sreMaturitySyncPermission,
  sreMaturityCampaignManagePermission,
  sreMaturityPermissions,
} from './permissions';
export {
  readSreMaturityConfig,
  DEFAULT_EXCLUDE_KINDS,
} from './config/readSreMaturityConfig';
export type { SreMaturityConfig } from './config/readSreMaturityConfig';
export {
  validateAnswerInput,
  validateAnswerInputs,
  ANSWER_TEXT_MAX_LENGTH,
} from './answers/validateAnswerInput';
export { isHttpUrl } from './isHttpUrl';
export {
  campaignAreaTargets,
  campaignNeeds,
  reachesCampaignTarget,
} from './campaigns/campaignTarget';
export type { CampaignStandingInput } from './campaigns/campaignTarget';
export { campaignStanding, requiredShare } from './campaigns/burnUpLine';
export { validateCampaignInput } from './campaigns/validateCampaignInput';
export { toCsvRecord } from './csv/toCsvRecord';
export type { CsvValue } from './csv/toCsvRecord';
export type * from './schema/types';
