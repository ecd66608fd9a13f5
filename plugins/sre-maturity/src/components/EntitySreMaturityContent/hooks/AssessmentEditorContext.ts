import { createContext, useContext } from 'react';
import { AssessmentEditor } from './useAssessmentEditor';

/** The editor of the tab, and whether the user may edit at all. */
export interface AssessmentEditorContextValue {
  editor: AssessmentEditor;
  canEdit: boolean;
}

export const AssessmentEditorContext = createContext<
  AssessmentEditorContextValue | undefined
>(undefined);

/** The tab's editor; only inside the tab. */
export function useAssessmentEditorContext(): AssessmentEditorContextValue {
  const value = useContext(AssessmentEditorContext);
  if (!value) {
    throw new Error('useAssessmentEditorContext used outside the tab');
  }
  return value;
}
