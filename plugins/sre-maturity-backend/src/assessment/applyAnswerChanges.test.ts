import { testAnswer } from '../__testUtils__/records';
import { applyAnswerChanges } from './applyAnswerChanges';

describe('applyAnswerChanges', () => {
  it('replaces, adds and clears answers, keeping the others', () => {
    const kept = testAnswer('alpha.crawl.paged', 'met');
    const replaced = testAnswer('beta.crawl.owned', 'met');
    const cleared = testAnswer('alpha.crawl.documented', 'met');
    const replacement = testAnswer('beta.crawl.owned', 'not-met');
    const added = testAnswer('beta.walk.tested', 'met');

    expect(
      applyAnswerChanges(
        [kept, replaced, cleared],
        [
          { criterionId: 'beta.crawl.owned', answer: replacement },
          { criterionId: 'alpha.crawl.documented' },
          { criterionId: 'beta.walk.tested', answer: added },
        ],
      ),
    ).toEqual([kept, replacement, added]);
  });
});
