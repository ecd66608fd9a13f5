import { FilePatch, parsePatch } from './applyPatch';

/** One thing a README's install section tells a user to do. */
export type InstallStep =
  | { kind: 'command'; command: string }
  | { kind: 'patch'; patch: FilePatch };

/**
 * The text of a README section: from its heading (e.g. `## Install`) up to
 * the next heading of the same or a higher level.
 */
export function readSection(markdown: string, heading: string): string {
  const level = heading.match(/^#+ /)?.[0].length;
  if (!level) {
    throw new Error(`Not a Markdown heading: '${heading}'`);
  }
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) {
    throw new Error(`The README has no '${heading}' section`);
  }
  let end = start + 1;
  let inFence = false;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (line.startsWith('```')) {
      inFence = !inFence;
    }
    const nextLevel = line.match(/^#+ /)?.[0].length;
    if (!inFence && nextLevel && nextLevel <= level) {
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/**
 * What an install section says to do, in order: every line of its `sh`
 * blocks is a command (comments aside), every `diff` block an edit. Any
 * other code block is refused, so that the section holds nothing the
 * install test would not do.
 */
export function readInstallSteps(section: string): InstallStep[] {
  const steps: InstallStep[] = [];
  const fence = /^```(\S*)\n([\s\S]*?)^```$/gm;
  for (const [, language, body] of section.matchAll(fence)) {
    if (language === 'sh') {
      for (const line of body.split('\n')) {
        const command = line.trim();
        if (command && !command.startsWith('#')) {
          steps.push({ kind: 'command', command });
        }
      }
    } else if (language === 'diff') {
      steps.push({ kind: 'patch', patch: parsePatch(body) });
    } else {
      throw new Error(
        `An install section holds only sh and diff blocks, got a '${language}' block:\n${body}`,
      );
    }
  }
  if (steps.length === 0) {
    throw new Error(`No install steps in:\n${section}`);
  }
  return steps;
}

/** The Backstage release an install section says it was tested with. */
export function readTestedVersion(section: string): string {
  const version = section.match(/Tested with Backstage (\d+\.\d+\.\d+)/)?.[1];
  if (!version) {
    throw new Error(`No 'Tested with Backstage x.y.z' in:\n${section}`);
  }
  return version;
}
