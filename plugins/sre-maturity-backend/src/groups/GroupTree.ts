/** A Group entity of the catalog and its place in the tree. */
export interface GroupNode {
  entityRef: string;
  /** `spec.parent`, or else the first `childOf` relation; absent at a root. */
  parentRef?: string;
  /** The group's title or `spec.profile.displayName`. */
  title?: string;
}

/**
 * The catalog's group tree, any depth. The catalog does not forbid cycles,
 * so walks remember where they have been.
 */
export class GroupTree {
  private readonly nodes = new Map<string, GroupNode>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(groups: readonly GroupNode[]) {
    for (const group of groups) {
      this.nodes.set(group.entityRef, group);
    }
    for (const group of [...groups].sort((a, b) =>
      a.entityRef.localeCompare(b.entityRef, 'en-US'),
    )) {
      if (group.parentRef && group.parentRef !== group.entityRef) {
        const siblings = this.childrenOf.get(group.parentRef) ?? [];
        siblings.push(group.entityRef);
        this.childrenOf.set(group.parentRef, siblings);
      }
    }
  }

  /** The group, or undefined when the tree does not know it. */
  get(entityRef: string): GroupNode | undefined {
    return this.nodes.get(entityRef);
  }

  /** The direct sub-groups of a group, by ref. */
  children(entityRef: string): string[] {
    return [...(this.childrenOf.get(entityRef) ?? [])];
  }

  /**
   * The given refs and every sub-group of them at any depth, each once, in
   * the order met (breadth first). Refs the tree does not know are kept:
   * a user or an unknown group still owns its own entities. The walk does
   * not enter the groups of `except`.
   */
  withSubgroups(
    entityRefs: readonly string[],
    except: readonly string[] = [],
  ): string[] {
    const seen = new Set<string>(except);
    const found: string[] = [];
    const queue = [...entityRefs];
    for (let i = 0; i < queue.length; i++) {
      const ref = queue[i];
      if (!seen.has(ref)) {
        seen.add(ref);
        found.push(ref);
        queue.push(...(this.childrenOf.get(ref) ?? []));
      }
    }
    return found;
  }
}
