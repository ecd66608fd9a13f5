import { validEntityRef } from './validEntityRef';

describe('validEntityRef', () => {
  it.each([
    { kind: 'Component', namespace: 'default', name: 'payments' },
    { kind: 'component', namespace: 'Default', name: 'My_Service.v2' },
    { kind: 'MyKind2', namespace: 'team-a', name: 'a' },
  ])('accepts %p', ref => {
    expect(validEntityRef(ref)).toEqual(ref);
  });

  it('keeps only the parts of the ref', () => {
    const ref = { kind: 'component', namespace: 'default', name: 'a', x: 1 };
    expect(validEntityRef(ref)).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'a',
    });
  });

  it.each([
    ['kind', { kind: '..', namespace: 'default', name: 'a' }],
    ['kind', { kind: '', namespace: 'default', name: 'a' }],
    ['kind', { kind: 'com ponent', namespace: 'default', name: 'a' }],
    ['namespace', { kind: 'component', namespace: '..', name: 'a' }],
    ['namespace', { kind: 'component', namespace: 'a_b', name: 'a' }],
    ['namespace', { kind: 'component', namespace: '\u212a', name: 'a' }],
    ['name', { kind: 'component', namespace: 'default', name: '..' }],
    ['name', { kind: 'component', namespace: 'default', name: 'a/../b' }],
    ['name', { kind: 'component', namespace: 'default', name: 'a\u0000' }],
    ['name', { kind: 'component', namespace: 'default', name: 'x'.repeat(64) }],
  ])('refuses an invalid %s: %p', (part, ref) => {
    expect(() => validEntityRef(ref)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringMatching(new RegExp(`^Invalid ${part} "`)),
      }),
    );
  });
});
