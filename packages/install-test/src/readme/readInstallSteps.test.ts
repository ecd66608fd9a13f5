import {
  readInstallSteps,
  readSection,
  readTestedVersion,
} from './readInstallSteps';

const README = `# A plugin

## Install

Tested with Backstage 1.55.0.

\`\`\`sh
# From your Backstage root directory
yarn --cwd packages/backend add a-plugin
\`\`\`

\`\`\`diff
--- a/packages/backend/src/index.ts
+++ b/packages/backend/src/index.ts
@@
+backend.add(import('a-plugin'));
 backend.start();
\`\`\`

### Details

\`\`\`sh
# a heading inside a block is no heading
yarn tsc
\`\`\`

## Configuration

\`\`\`yaml
a: b
\`\`\`
`;

describe('readSection', () => {
  it('ends at the next heading of the same level, with its subsections', () => {
    const section = readSection(README, '## Install');
    expect(section).toMatch(/^## Install\n/);
    expect(section).toContain('### Details');
    expect(section).toContain('yarn tsc');
    expect(section).not.toContain('## Configuration');
  });

  it('reads a subsection alone', () => {
    expect(readSection(README, '### Details')).toBe(
      '### Details\n\n```sh\n# a heading inside a block is no heading\nyarn tsc\n```\n',
    );
  });

  it('names a section that is missing', () => {
    expect(() => readSection(README, '## Usage')).toThrow(
      "The README has no '## Usage' section",
    );
  });
});

describe('readInstallSteps', () => {
  it('reads commands and edits in order', () => {
    expect(readInstallSteps(readSection(README, '## Install'))).toEqual([
      { kind: 'command', command: 'yarn --cwd packages/backend add a-plugin' },
      {
        kind: 'patch',
        patch: {
          file: 'packages/backend/src/index.ts',
          hunks: [["+backend.add(import('a-plugin'));", ' backend.start();']],
        },
      },
      { kind: 'command', command: 'yarn tsc' },
    ]);
  });

  it('refuses other code blocks', () => {
    expect(() => readInstallSteps(README)).toThrow(
      "An install section holds only sh and diff blocks, got a 'yaml' block",
    );
  });

  it('refuses a section without steps', () => {
    expect(() => readInstallSteps('## Install\n\nNothing.\n')).toThrow(
      'No install steps in',
    );
  });
});

describe('readTestedVersion', () => {
  it('reads the Backstage release', () => {
    expect(readTestedVersion(readSection(README, '## Install'))).toBe('1.55.0');
  });

  it('wants one', () => {
    expect(() => readTestedVersion('## Install\n')).toThrow(
      "No 'Tested with Backstage x.y.z'",
    );
  });
});
