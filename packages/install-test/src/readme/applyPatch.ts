/**
 * An edit of one file as the READMEs show it: a `diff` block with the file
 * in its `---`/`+++` header and hunks that add lines (`+`) among unchanged
 * context lines (` `). Hunks carry no line numbers: each applies where its
 * context lines first stand together, after the previous hunk.
 */
export interface FilePatch {
  file: string;
  hunks: string[][];
}

/** Reads a README's `diff` block. */
export function parsePatch(block: string): FilePatch {
  const lines = block.replace(/\n$/, '').split('\n');
  const [from, to, ...body] = lines;
  const file = to?.match(/^\+\+\+ b\/(.+)$/)?.[1];
  if (!from?.startsWith('--- a/') || !file || from.slice(6) !== file) {
    throw new Error(
      `A diff block must start with '--- a/<file>' and '+++ b/<file>', got:\n${block}`,
    );
  }
  const hunks: string[][] = [];
  for (const line of body) {
    if (line.startsWith('@@')) {
      hunks.push([]);
    } else if (hunks.length === 0) {
      throw new Error(`A diff block's hunks start with '@@', got '${line}'`);
    } else {
      hunks[hunks.length - 1].push(line);
    }
  }
  return { file, hunks };
}

const isAddition = (line: string) => line.startsWith('+');
const contextText = (line: string) => line.slice(1);

/** The file's text with every hunk of the patch applied. */
export function applyPatch(text: string, patch: FilePatch): string {
  const lines = text.split('\n');
  let searchFrom = 0;
  patch.hunks.forEach((hunk, index) => {
    const name = `hunk ${index + 1} of ${patch.file}`;
    for (const line of hunk) {
      if (line !== '' && !line.startsWith(' ') && !isAddition(line)) {
        throw new Error(`${name}: only added and context lines, got '${line}'`);
      }
    }
    const context = hunk.filter(line => !isAddition(line)).map(contextText);
    if (context.length === 0 || context.length === hunk.length) {
      throw new Error(`${name} needs both context lines and added lines`);
    }
    const start = findLines(lines, context, searchFrom);
    if (start < 0) {
      throw new Error(
        `${name} does not apply: its context lines are not in the file:\n${context.join(
          '\n',
        )}`,
      );
    }
    let kept = start;
    const replaced = hunk.map(line =>
      isAddition(line) ? line.slice(1) : lines[kept++],
    );
    lines.splice(start, context.length, ...replaced);
    searchFrom = start + replaced.length;
  });
  return lines.join('\n');
}

function findLines(lines: string[], wanted: string[], from: number): number {
  const same = (a: string, b: string) => a.trimEnd() === b.trimEnd();
  for (let start = from; start + wanted.length <= lines.length; start++) {
    if (wanted.every((line, i) => same(lines[start + i], line))) {
      return start;
    }
  }
  return -1;
}
