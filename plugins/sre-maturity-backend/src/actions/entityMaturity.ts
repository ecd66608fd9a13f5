import {
  findCriterion,
  isSatisfied,
  MATURITY_LEVELS,
  MaturityLevel,
  MaturityModel,
  PHASES,
  EntityAssessment,
} from '@sre-maturity/backstage-plugin-common';
import { catalogEvidenceOf, catalogEvidenceSchema } from './catalogEvidence';
import { Zod } from './types';

const levels = MATURITY_LEVELS as [MaturityLevel, ...MaturityLevel[]];

/** An entity's maturity as the actions return it: the assessment, condensed. */
export const entityMaturitySchema = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    title: z.string().optional(),
    owner: z.string().optional().describe('Entity ref of the owner'),
    revision: z
      .number()
      .describe('The revision to pass to record-answers to change answers'),
    exempt: z
      .boolean()
      .describe('Exempt entities are left out of the scorecard'),
    exemptReason: z.string().optional(),
    overall: z
      .enum(levels)
      .describe("The entity's phase: that of its weakest area"),
    score: z
      .number()
      .describe('0-100: the share of applicable criteria that are met'),
    target: z.enum(PHASES).optional().describe('The target phase'),
    gap: z
      .number()
      .describe('How many phases the furthest area is short of its target'),
    staleAnswers: z
      .number()
      .describe('Answers old enough to be due for re-assessment'),
    lastAssessedAt: z.string().optional(),
    applicable: z
      .boolean()
      .describe('False when no criterion of the model applies to the entity'),
    areas: z.array(
      z.object({
        areaId: z.string(),
        title: z.string(),
        phase: z.enum(levels).describe('The highest phase reached'),
        target: z.enum(PHASES).optional(),
        gap: z.number(),
        nextPhase: z
          .enum(PHASES)
          .optional()
          .describe('The phase to work on next; absent once Run is reached'),
        progress: z
          .number()
          .describe('0-1: the share of the next phase met or not applicable'),
        missing: z
          .array(
            z.object({
              criterionId: z.string(),
              title: z.string(),
              status: z
                .string()
                .describe(
                  '"not-met" when answered so, "unknown" when neither answered nor found in the catalog',
                ),
              catalogEvidence: catalogEvidenceSchema(z),
            }),
          )
          .describe('The criteria of the next phase still to meet'),
      }),
    ),
    warnings: z
      .array(z.string())
      .describe('Bad target annotations and evidence providers that failed'),
  });

/** The condensed maturity of an assessment read or written. */
export function toEntityMaturity(
  assessment: EntityAssessment,
  model: MaturityModel,
) {
  const { entity, assessment: result } = assessment;
  return {
    entityRef: entity.entityRef,
    title: entity.title,
    owner: entity.owner,
    revision: assessment.revision,
    exempt: assessment.exempt,
    exemptReason: assessment.exemptReason,
    overall: result.overall,
    score: result.score,
    target: result.target,
    gap: result.gap,
    staleAnswers: result.staleCount,
    lastAssessedAt: result.lastAssessedAt,
    applicable: result.applicable,
    // Areas in which nothing applies to the entity have nothing to say.
    areas: result.areas
      .filter(area => area.applicable)
      .map(area => ({
        areaId: area.areaId,
        title:
          model.areas.find(modelArea => modelArea.id === area.areaId)?.title ??
          area.areaId,
        phase: area.level,
        target: area.target,
        gap: area.gap,
        nextPhase: area.nextPhase,
        progress: area.progress,
        // What keeps the next phase from being reached.
        missing: area.criteria
          .filter(
            criterion =>
              criterion.phase === area.nextPhase && !isSatisfied(criterion),
          )
          .map(criterion => {
            const definition = findCriterion(model, criterion.criterionId);
            return {
              criterionId: criterion.criterionId,
              title: definition?.title ?? criterion.criterionId,
              status: criterion.status,
              catalogEvidence: catalogEvidenceOf(definition?.evidence),
            };
          }),
      })),
    warnings: assessment.warnings,
  };
}
