import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAssessment } from '../../../testing/fixtures';
import { draftFromAnswer } from '../drafts/answerDrafts';
import { CONFLICT_PANEL_ID } from '../ConflictPanel/ConflictPanel';
import { AssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { AssessmentEditor } from '../hooks/useAssessmentEditor';
import { SaveBar } from './SaveBar';

function renderBar(editor: Partial<AssessmentEditor>) {
  const value = {
    canEdit: true,
    editor: {
      drafts: { 'observability.walk.slos': draftFromAnswer() },
      criteriaWithErrors: [],
      saving: false,
      save: jest.fn(),
      discardAll: jest.fn(),
      ...editor,
    } as unknown as AssessmentEditor,
  };
  return renderInTestApp(
    <AssessmentEditorContext.Provider value={value}>
      <div id={CONFLICT_PANEL_ID} tabIndex={-1}>
        The explanation
      </div>
      <SaveBar />
    </AssessmentEditorContext.Provider>,
  );
}

describe('SaveBar', () => {
  it('after a conflicting save, says what happened and jumps to the explanation', async () => {
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await renderBar({
      conflict: { base: makeAssessment(), current: makeAssessment() },
    });

    expect(
      screen.getByText(/Not saved: someone saved this assessment before you/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Save 1 change' }),
    ).toBeDisabled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show what changed' }),
    );
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(
      document.getElementById(CONFLICT_PANEL_ID),
    );
    expect(document.getElementById(CONFLICT_PANEL_ID)).toHaveFocus();
  });

  it('says nothing of a conflict when there is none', async () => {
    await renderBar({});

    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Show what changed' }),
    ).not.toBeInTheDocument();
  });
});
