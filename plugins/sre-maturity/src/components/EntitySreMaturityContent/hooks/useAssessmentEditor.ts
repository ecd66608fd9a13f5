import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { useCallback, useMemo, useState } from 'react';
import {
  EntityAssessment,
  RevisionConflictError,
  sreMaturityApiRef,
} from '../../../api';
import { usePostToast } from '../../../hooks/usePostToast';
import {
  AnswerDraft,
  isSameAsAnswer,
  toAnswerInput,
} from '../drafts/answerDrafts';
import { answersOf } from '../drafts/diffAnswers';
import {
  AnswerFieldErrors,
  serverFieldErrors,
  validateDraft,
} from '../drafts/fieldErrors';

/** Someone saved first: what the user edited from, and what is there now. */
export interface Conflict {
  base: EntityAssessment;
  current: EntityAssessment;
}

/** The staged edits of an assessment and saving them together. */
export interface AssessmentEditor {
  assessment: EntityAssessment;
  drafts: Record<string, AnswerDraft>;
  /** Stages a draft; one that changes nothing is dropped. */
  setDraft(criterionId: string, draft: AnswerDraft): void;
  discardDraft(criterionId: string): void;
  discardAll(): void;
  /** Field errors to show for a criterion: the client's as the user types, and the server's. */
  errorsFor(criterionId: string): AnswerFieldErrors;
  /** Criteria whose drafts have errors to show. */
  criteriaWithErrors: string[];
  save(): Promise<void>;
  /** How many saves the field errors stopped; each asks to show the first. */
  blockedSaves: number;
  saving: boolean;
  /** A save failure that belongs to no field. */
  saveError?: Error;
  conflict?: Conflict;
  /** Continues on the current revision, keeping the drafts to save again. */
  reapplyDrafts(): void;
  /** Continues on the current revision without the drafts. */
  discardDraftsForConflict(): void;
}

/** Holds the assessment shown and the user's unsaved answers. */
export function useAssessmentEditor(
  model: MaturityModel,
  initial: EntityAssessment,
): AssessmentEditor {
  const api = useApi(sreMaturityApiRef);
  const postToast = usePostToast();
  const [assessment, setAssessment] = useState(initial);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [blockedSaves, setBlockedSaves] = useState(0);
  const [serverErrors, setServerErrors] = useState<
    Record<string, AnswerFieldErrors>
  >({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error>();
  const [conflict, setConflict] = useState<Conflict>();

  const answers = useMemo(() => answersOf(assessment), [assessment]);

  const clientErrors = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(drafts).map(([id, draft]) => [
          id,
          validateDraft(model, id, draft),
        ]),
      ),
    [model, drafts],
  );

  const setDraft = useCallback(
    (criterionId: string, draft: AnswerDraft) => {
      setDrafts(({ [criterionId]: _previous, ...rest }) =>
        isSameAsAnswer(draft, answers.get(criterionId))
          ? rest
          : { ...rest, [criterionId]: draft },
      );
      setServerErrors(({ [criterionId]: _stale, ...rest }) => rest);
    },
    [answers],
  );

  const discardDraft = useCallback((criterionId: string) => {
    setDrafts(({ [criterionId]: _dropped, ...rest }) => rest);
    setServerErrors(({ [criterionId]: _dropped, ...rest }) => rest);
  }, []);

  const discardAll = useCallback(() => {
    setDrafts({});
    setServerErrors({});
    setSaveError(undefined);
  }, []);

  const errorsFor = useCallback(
    (criterionId: string): AnswerFieldErrors => ({
      ...clientErrors[criterionId],
      ...serverErrors[criterionId],
    }),
    [clientErrors, serverErrors],
  );

  const criteriaWithErrors = useMemo(
    () =>
      Object.keys(drafts).filter(id => Object.keys(errorsFor(id)).length > 0),
    [drafts, errorsFor],
  );

  const save = useCallback(async () => {
    setSaveError(undefined);
    const ids = Object.keys(drafts);
    if (!ids.length) {
      return;
    }
    if (ids.some(id => Object.keys(clientErrors[id] ?? {}).length)) {
      setBlockedSaves(count => count + 1);
      return;
    }
    setSaving(true);
    try {
      const updated = await api.updateAssessment(assessment.entity.entityRef, {
        revision: assessment.revision,
        answers: ids.map(id => toAnswerInput(id, drafts[id])),
      });
      setAssessment(updated);
      setDrafts({});
      setServerErrors({});
      postToast({
        title: `Saved ${ids.length} answer${ids.length === 1 ? '' : 's'}`,
        status: 'success',
        transient: true,
      });
    } catch (error) {
      if (RevisionConflictError.is<EntityAssessment>(error)) {
        setConflict({ base: assessment, current: error.current });
      } else if (ResponseError.is(error) && error.statusCode === 400) {
        const { byCriterion, unmatched } = serverFieldErrors(error.body, ids);
        setServerErrors(byCriterion);
        if (unmatched.length) {
          setSaveError(new Error(unmatched.join('; ')));
        }
      } else {
        setSaveError(error as Error);
      }
    } finally {
      setSaving(false);
    }
  }, [api, postToast, assessment, drafts, clientErrors]);

  const reapplyDrafts = useCallback(() => {
    if (!conflict) {
      return;
    }
    const currentAnswers = answersOf(conflict.current);
    setAssessment(conflict.current);
    setDrafts(previous =>
      Object.fromEntries(
        Object.entries(previous).filter(
          ([id, draft]) => !isSameAsAnswer(draft, currentAnswers.get(id)),
        ),
      ),
    );
    setConflict(undefined);
  }, [conflict]);

  const discardDraftsForConflict = useCallback(() => {
    if (!conflict) {
      return;
    }
    setAssessment(conflict.current);
    discardAll();
    setConflict(undefined);
  }, [conflict, discardAll]);

  return {
    assessment,
    drafts,
    setDraft,
    discardDraft,
    discardAll,
    errorsFor,
    criteriaWithErrors,
    save,
    blockedSaves,
    saving,
    saveError,
    conflict,
    reapplyDrafts,
    discardDraftsForConflict,
  };
}
