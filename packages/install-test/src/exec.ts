import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ExecOptions {
  cwd: string;
  /** Where the command's output goes. */
  logFile: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the command's standard input, which is closed after. */
  input?: string;
}

const TAIL_LINES = 40;

/**
 * Runs a command with its output in a log file, and rejects with the end of
 * that log when it fails.
 */
export async function exec(
  command: string,
  args: string[],
  options: ExecOptions,
): Promise<void> {
  const log = fs.openSync(options.logFile, 'a');
  fs.writeSync(log, `$ ${[command, ...args].join(' ')}  (in ${options.cwd})\n`);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', log, log],
      });
      child.on('error', reject);
      child.on('close', resolve);
      child.stdin?.end(options.input ?? '');
    });
    if (code !== 0) {
      const tail = fs
        .readFileSync(options.logFile, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(-TAIL_LINES)
        .join('\n');
      throw new Error(
        `'${[command, ...args].join(' ')}' exited with ${code}; the end of ${
          options.logFile
        }:\n${tail}`,
      );
    }
  } finally {
    fs.closeSync(log);
  }
}

/** The standard output of a quick command. */
export async function capture(
  command: string,
  args: string[],
  cwd: string,
): Promise<string> {
  const chunks: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', chunk => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`'${[command, ...args].join(' ')}' exited with ${code}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
