import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import {
  AnswerInput,
  EntityAssessment,
} from '@sre-maturity/backstage-plugin-common';
import { Request } from 'express';
import { AssessmentService } from '../assessment/AssessmentService';

/** An applied update, or a stale revision with the error that says so. */
export type AuditedUpdateOutcome =
  | { type: 'updated'; assessment: EntityAssessment }
  | { type: 'conflict'; current: EntityAssessment; error: ConflictError };

/**
 * Records a user's answers for one entity through the assessment service,
 * as an `assessment-update` audit event with what was asked and how it
 * ended. The REST API and the actions both write through here.
 */
export async function updateAssessmentAudited(options: {
  assessments: AssessmentService;
  auditor: AuditorService;
  ref: CompoundEntityRef;
  revision: number;
  answers: AnswerInput[];
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  /** The HTTP request, when there is one: the auditor reads the actor from it. */
  request?: Request<any, any, any, any>;
}): Promise<AuditedUpdateOutcome> {
  const { assessments, auditor, ref, revision, answers, credentials, request } =
    options;
  const actor = credentials.principal.userEntityRef;
  const auditorEvent = await auditor.createEvent({
    eventId: 'assessment-update',
    severityLevel: 'medium',
    request,
    meta: {
      entityRef: `${ref.kind}:${ref.namespace}/${ref.name}`,
      revision,
      criteria: answers.map(answer => String(answer.criterionId)),
      // Without a request the auditor would name this plugin as the actor.
      ...(!request && { actor }),
    },
  });
  try {
    const outcome = await assessments.updateAssessment({
      ref,
      revision,
      answers,
      actor,
      credentials,
    });
    if (outcome.type === 'conflict') {
      const error = new ConflictError(
        `Revision ${revision} is stale; the assessment is at revision ${outcome.current.revision}`,
      );
      await auditorEvent.fail({ error });
      return { ...outcome, error };
    }
    await auditorEvent.success({
      meta: { revision: outcome.assessment.revision },
    });
    return outcome;
  } catch (error) {
    await auditorEvent.fail({ error: error as Error });
    throw error;
  }
}
