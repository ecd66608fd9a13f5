import { GroupTree } from './GroupTree';

const ref = (name: string) => `group:default/${name}`;
const node = (name: string, parent?: string) => ({
  entityRef: ref(name),
  ...(parent && { parentRef: ref(parent) }),
});

describe('GroupTree', () => {
  const tree = new GroupTree([
    node('org'),
    node('payments', 'org'),
    node('checkout', 'payments'),
    node('billing', 'payments'),
    node('cards', 'checkout'),
    node('platform', 'org'),
    node('self', 'self'),
  ]);

  it('lists direct sub-groups by ref', () => {
    expect(tree.children(ref('payments'))).toEqual([
      ref('billing'),
      ref('checkout'),
    ]);
    expect(tree.children(ref('cards'))).toEqual([]);
  });

  it('takes in sub-groups at any depth, each once, and keeps unknown refs', () => {
    expect(tree.withSubgroups([ref('payments'), 'user:default/jo'])).toEqual([
      ref('payments'),
      'user:default/jo',
      ref('billing'),
      ref('checkout'),
      ref('cards'),
    ]);
    expect(tree.withSubgroups([ref('checkout'), ref('payments')])).toEqual([
      ref('checkout'),
      ref('payments'),
      ref('cards'),
      ref('billing'),
    ]);
  });

  it('does not enter the groups it is told to leave out', () => {
    expect(tree.withSubgroups([ref('org')], [ref('checkout')])).toEqual([
      ref('org'),
      ref('payments'),
      ref('platform'),
      ref('billing'),
    ]);
  });

  it('tolerates cycles and a group that is its own parent', () => {
    const loop = new GroupTree([
      node('a', 'c'),
      node('b', 'a'),
      node('c', 'b'),
    ]);
    expect(loop.withSubgroups([ref('a')])).toEqual([
      ref('a'),
      ref('b'),
      ref('c'),
    ]);
    expect(loop.withSubgroups([ref('b')], [ref('a')])).toEqual([
      ref('b'),
      ref('c'),
    ]);
    expect(tree.children(ref('self'))).toEqual([]);
    expect(tree.withSubgroups([ref('self')])).toEqual([ref('self')]);
  });
});
