import { applyPatch, parsePatch } from './applyPatch';

const INDEX_TS = [
  "import { createBackend } from '@backstage/backend-defaults';",
  '',
  'const backend = createBackend();',
  "backend.add(import('@backstage/plugin-app-backend'));",
  'backend.start();',
  '',
].join('\n');

describe('parsePatch', () => {
  it('reads the file and the hunks', () => {
    expect(
      parsePatch(
        '--- a/src/index.ts\n+++ b/src/index.ts\n@@\n+a\n b\n@@\n c\n+d\n',
      ),
    ).toEqual({
      file: 'src/index.ts',
      hunks: [
        ['+a', ' b'],
        [' c', '+d'],
      ],
    });
  });

  it('wants the file in the header', () => {
    expect(() => parsePatch('@@\n+a\n b\n')).toThrow(
      "A diff block must start with '--- a/<file>'",
    );
    expect(() => parsePatch('--- a/x.ts\n+++ b/y.ts\n@@\n+a\n b\n')).toThrow(
      "A diff block must start with '--- a/<file>'",
    );
  });

  it('wants a hunk header before the lines', () => {
    expect(() => parsePatch('--- a/x.ts\n+++ b/x.ts\n+a\n')).toThrow(
      "A diff block's hunks start with '@@', got '+a'",
    );
  });
});

describe('applyPatch', () => {
  it('adds lines before and after their context', () => {
    const patch = parsePatch(
      [
        '--- a/index.ts',
        '+++ b/index.ts',
        '@@',
        " import { createBackend } from '@backstage/backend-defaults';",
        "+import { x } from 'x';",
        '@@',
        "+backend.add(import('@sre-maturity/backstage-plugin-backend'));",
        ' backend.start();',
      ].join('\n'),
    );
    expect(applyPatch(INDEX_TS, patch)).toBe(
      [
        "import { createBackend } from '@backstage/backend-defaults';",
        "import { x } from 'x';",
        '',
        'const backend = createBackend();',
        "backend.add(import('@backstage/plugin-app-backend'));",
        "backend.add(import('@sre-maturity/backstage-plugin-backend'));",
        'backend.start();',
        '',
      ].join('\n'),
    );
  });

  it('applies each hunk after the one before it', () => {
    const text = 'page = (\n  a\n);\nother = (\n  a\n);\n';
    const patch = parsePatch('--- a/f\n+++ b/f\n@@\n other = (\n   a\n+  b\n');
    expect(applyPatch(text, patch)).toBe(
      'page = (\n  a\n);\nother = (\n  a\n  b\n);\n',
    );
    const twice = parsePatch(
      '--- a/f\n+++ b/f\n@@\n   a\n+  b\n@@\n   a\n+  c\n',
    );
    expect(applyPatch(text, twice)).toBe(
      'page = (\n  a\n  b\n);\nother = (\n  a\n  c\n);\n',
    );
  });

  it('keeps the file as it is where only trailing spaces differ', () => {
    const patch = parsePatch('--- a/f\n+++ b/f\n@@\n a\n+b\n');
    expect(applyPatch('a  \nz', patch)).toBe('a  \nb\nz');
  });

  it('names the hunk whose context is not in the file', () => {
    const patch = parsePatch(
      '--- a/index.ts\n+++ b/index.ts\n@@\n backend.start();\n+x\n@@\n backend.start();\n+y\n',
    );
    expect(() => applyPatch(INDEX_TS, patch)).toThrow(
      'hunk 2 of index.ts does not apply: its context lines are not in the file:\nbackend.start();',
    );
  });

  it('refuses hunks that remove lines or have no context', () => {
    expect(() =>
      applyPatch(
        INDEX_TS,
        parsePatch('--- a/f\n+++ b/f\n@@\n-backend.start();\n'),
      ),
    ).toThrow(
      "hunk 1 of f: only added and context lines, got '-backend.start();'",
    );
    expect(() =>
      applyPatch(INDEX_TS, parsePatch('--- a/f\n+++ b/f\n@@\n+x\n')),
    ).toThrow('hunk 1 of f needs both context lines and added lines');
  });
});
