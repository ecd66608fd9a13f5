import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { testModel } from '../../../testing/fixtures';
import { AnswerDraft, draftFromAnswer } from '../drafts/answerDrafts';
import { AssessmentEditorContext } from '../hooks/AssessmentEditorContext';
import { AssessmentEditor } from '../hooks/useAssessmentEditor';
import { AnswerEditor } from './AnswerEditor';

const criterion = testModel.areas[0].phases[1].criteria[0];

function renderEditor(draft: Partial<AnswerDraft>) {
  const editor = {
    drafts: { [criterion.id]: { ...draftFromAnswer(), ...draft } },
    errorsFor: () => ({}),
    setDraft: jest.fn(),
    discardDraft: jest.fn(),
  };
  return renderInTestApp(
    <AssessmentEditorContext.Provider
      value={{
        canEdit: true,
        editor: editor as unknown as AssessmentEditor,
      }}
    >
      <AnswerEditor criterion={criterion} />
    </AssessmentEditorContext.Provider>,
  );
}

describe('AnswerEditor', () => {
  it('offers no past date for "not applicable until"', async () => {
    await renderEditor({ status: 'not-applicable' });

    const today = new Date();
    const expected = [
      today.getFullYear(),
      String(today.getMonth() + 1).padStart(2, '0'),
      String(today.getDate()).padStart(2, '0'),
    ].join('-');
    expect(screen.getByLabelText('Not applicable until')).toHaveAttribute(
      'min',
      expected,
    );
  });

  it('counts the characters of a note nearing the limit, before it is exceeded', async () => {
    await renderEditor({ status: 'met', note: 'x'.repeat(1700) });

    expect(screen.getByText('1,700 / 2,000 characters')).toBeInTheDocument();
  });

  it('does not count a short note', async () => {
    await renderEditor({ status: 'met', note: 'Sloth' });

    expect(screen.queryByText(/characters/)).not.toBeInTheDocument();
  });
});
