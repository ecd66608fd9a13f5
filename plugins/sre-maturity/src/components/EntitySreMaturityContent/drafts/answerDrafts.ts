import {
  Answer,
  AnswerInput,
  AnswerStatus,
} from '@sre-maturity/backstage-plugin-common';

/** A status to record; `unanswered` clears the answer. */
export type DraftStatus = AnswerStatus | 'unanswered';

/** An answer being edited, as the form holds it: every field a string. */
export interface AnswerDraft {
  status: DraftStatus;
  note: string;
  evidenceUrl: string;
  reason: string;
  expiresAt: string;
}

/** The form values that show an existing answer, or no answer. */
export function draftFromAnswer(answer?: Answer): AnswerDraft {
  return {
    status: answer?.status ?? 'unanswered',
    note: answer?.note ?? '',
    evidenceUrl: answer?.evidenceUrl ?? '',
    reason: answer?.reason ?? '',
    expiresAt: answer?.expiresAt ?? '',
  };
}

/**
 * What the API receives for a draft: trimmed, empty fields left out, and a
 * reason and expiry only where they mean something (not applicable).
 */
export function toAnswerInput(
  criterionId: string,
  draft: AnswerDraft,
): AnswerInput {
  if (draft.status === 'unanswered') {
    return { criterionId, status: 'unanswered' };
  }
  const input: AnswerInput = { criterionId, status: draft.status };
  const note = draft.note.trim();
  const evidenceUrl = draft.evidenceUrl.trim();
  if (note) {
    input.note = note;
  }
  if (evidenceUrl) {
    input.evidenceUrl = evidenceUrl;
  }
  if (draft.status === 'not-applicable') {
    input.reason = draft.reason.trim();
    if (draft.expiresAt) {
      input.expiresAt = draft.expiresAt;
    }
  }
  return input;
}

/** Whether saving the draft would change nothing about the answer. */
export function isSameAsAnswer(draft: AnswerDraft, answer?: Answer): boolean {
  const a = toAnswerInput('', draft);
  const b = toAnswerInput('', draftFromAnswer(answer));
  return (
    a.status === b.status &&
    a.note === b.note &&
    a.evidenceUrl === b.evidenceUrl &&
    a.reason === b.reason &&
    a.expiresAt === b.expiresAt
  );
}
