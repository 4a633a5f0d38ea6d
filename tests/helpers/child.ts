import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Child {
  process: ChildProcess;
  /** Resolves once stderr has shown `marker` (rejects if the child ends first). */
  waitFor(marker: string): Promise<void>;
  /** Resolves with the exit code (or the signal's name) and all output. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts a TypeScript script (a test helper or the CLI) in its own process, as a second program would. */
export function startChild(script: string, args: string[], env: Record<string, string> = {}): Child {
  // Node itself with tsx's loader (not the tsx wrapper, which runs a second process a kill would miss).
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { marker: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
    for (const w of waiters.splice(0)) {
      if (stderr.includes(w.marker)) w.resolve();
      else waiters.push(w);
    }
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return {
    process: child,
    done,
    waitFor: (marker) =>
      new Promise<void>((res, rej) => {
        if (stderr.includes(marker)) return res();
        waiters.push({ marker, resolve: res });
        void done.then(() => {
          if (!stderr.includes(marker))
            rej(new Error(`child ended before "${marker}": ${stderr.slice(-2000)}`));
        });
      }),
  };
}

/** The CLI as a second process. */
export const startCli = (args: string[], env: Record<string, string> = {}) =>
  startChild('electron/cli/main.ts', args, env);
