import { RevisionConflictError } from './RevisionConflictError';

describe('RevisionConflictError', () => {
  it('carries what was to be changed as it is now', () => {
    const error = new RevisionConflictError({
      id: 'payments-walk',
      revision: 4,
    });
    expect(error.current).toEqual({ id: 'payments-walk', revision: 4 });
    expect(error.message).toBe(
      'Someone else saved a change first; it is now at revision 4',
    );
  });

  it('recognises the error of another copy of the package by its name and shape', () => {
    const copy = Object.assign(new Error('stale'), {
      name: 'RevisionConflictError',
      current: { revision: 2 },
    });
    expect(RevisionConflictError.is(copy)).toBe(true);
    expect(RevisionConflictError.is(new Error('stale'))).toBe(false);
    expect(
      RevisionConflictError.is(
        Object.assign(new Error('stale'), { name: 'RevisionConflictError' }),
      ),
    ).toBe(false);
    expect(RevisionConflictError.is(undefined)).toBe(false);
  });
});
