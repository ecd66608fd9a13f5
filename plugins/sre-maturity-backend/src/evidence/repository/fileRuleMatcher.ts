import {
  FileEvidenceRule,
  listCriteria,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { minimatch } from 'minimatch';

/** Files of one rule that count, at most, so a big folder stays readable. */
export const MAX_FILES_PER_RULE = 10;

/** Files larger than this are not read for their content. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** One file that matched a rule of a criterion. */
export interface MatchedFile {
  criterionId: string;
  path: string;
  label: string;
}

interface CompiledRule {
  criterionId: string;
  rule: FileEvidenceRule;
  matchesPath(path: string): boolean;
  contains?: RegExp;
}

/** The ids of the criteria whose evidence rule lists repository files. */
export function criteriaWithFileRules(model: MaturityModel): string[] {
  return listCriteria(model)
    .filter(criterion => (criterion.evidence?.files?.length ?? 0) > 0)
    .map(criterion => criterion.id);
}

/**
 * Matches a repository's files against the file rules of a model's
 * criteria: globs from the repository folder's root (dot files included,
 * case-insensitive), and a case-insensitive content pattern when the rule
 * has one.
 */
export class FileRuleMatcher {
  private readonly rules: CompiledRule[];

  constructor(model: MaturityModel) {
    this.rules = listCriteria(model).flatMap(criterion =>
      (criterion.evidence?.files ?? []).map(rule => {
        const glob = new minimatch.Minimatch(rule.glob, {
          dot: true,
          nocase: true,
        });
        return {
          criterionId: criterion.id,
          rule,
          matchesPath: (path: string) => glob.match(path),
          contains:
            rule.contains === undefined
              ? undefined
              : new RegExp(rule.contains, 'i'),
        };
      }),
    );
  }

  get isEmpty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether any rule could count the file, so that it is worth reading. */
  wants(path: string, size: number): boolean {
    return this.rules.some(
      ({ matchesPath, contains }) =>
        matchesPath(path) && (!contains || size <= MAX_CONTENT_BYTES),
    );
  }

  /**
   * The matches among `files`, at most {@link MAX_FILES_PER_RULE} per rule in
   * path order. `content` is called only for files a content pattern must
   * be checked on.
   */
  async match(
    files: Array<{ path: string; content(): Promise<Buffer> }>,
  ): Promise<MatchedFile[]> {
    const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
    const texts = new Map<string, Promise<string>>();
    const textOf = (file: (typeof sorted)[number]) => {
      if (!texts.has(file.path)) {
        texts.set(
          file.path,
          file.content().then(buffer => buffer.toString('utf8')),
        );
      }
      return texts.get(file.path)!;
    };

    const matches: MatchedFile[] = [];
    // A file counts once per criterion, under the first rule it matches.
    const counted = new Set<string>();
    for (const { criterionId, rule, matchesPath, contains } of this.rules) {
      let count = 0;
      for (const file of sorted) {
        if (count >= MAX_FILES_PER_RULE) {
          break;
        }
        const key = `${criterionId}\0${file.path}`;
        if (counted.has(key) || !matchesPath(file.path)) {
          continue;
        }
        if (contains && !contains.test(await textOf(file))) {
          continue;
        }
        matches.push({ criterionId, path: file.path, label: rule.label });
        counted.add(key);
        count += 1;
      }
    }
    return matches;
  }
}
