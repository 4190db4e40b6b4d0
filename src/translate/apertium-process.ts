// Runs a chain of Apertium modes (fr-es, then spa-eng) as child processes, one process per mode for the whole
// batch: each start costs about 0.2 s, so a batch is one line per text through one chain. No shell is involved.
//
// The `apertium` wrapper script reads its input by opening /dev/stdin, which fails when stdin is a socket, and
// Node connects a child's stdio through sockets. So the batch is written to a temporary file, the stages are
// joined by a named pipe (both processes run at once, as in a shell pipe), and only the last stage's stdout,
// which the wrapper writes without reopening it, is read through Node.

import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

export const APERTIUM_MODES_DIR = '/usr/share/apertium/modes';
export const FRENCH_TO_ENGLISH_MODES = ['fr-es', 'spa-eng'] as const;
export const APERTIUM_INSTALL_HINT = 'sudo apt-get install -y apertium apertium-fr-es apertium-eng-spa';

export interface ApertiumProcessOptions {
  /** The apertium binary; a name is looked up on PATH by spawn. */
  command?: string | undefined;
  modes?: readonly string[] | undefined;
  /** Kill the chain after this long; the batch then fails as a whole. */
  timeoutMs?: number | undefined;
}

export class ApertiumError extends Error {
  override readonly name = 'ApertiumError';
}

const DEFAULT_TIMEOUT_MS = 120_000;
const STDERR_LIMIT = 4_000;
const execFileAsync = promisify(execFile);

/**
 * Translates `lines` (which must not contain line breaks) and returns one output line per input line.
 * Rejects with ApertiumError when a process cannot start, exits non-zero, times out or changes the line count.
 */
export async function runApertiumChain(lines: readonly string[], options: ApertiumProcessOptions = {}): Promise<string[]> {
  if (lines.some((line) => /[\r\n]/.test(line))) {
    throw new TypeError('runApertiumChain: lines must not contain line breaks');
  }
  if (lines.length === 0) return [];
  const modes = options.modes ?? FRENCH_TO_ENGLISH_MODES;
  if (modes.length === 0) throw new TypeError('runApertiumChain: no modes');

  const dir = await mkdtemp(join(tmpdir(), 'claimtrail-apertium-'));
  try {
    const input = join(dir, 'input.txt');
    await writeFile(input, `${lines.join('\n')}\n`, 'utf8');
    const links = modes.slice(1).map((_, i) => join(dir, `stage-${i + 1}.fifo`));
    if (links.length > 0) {
      try {
        await execFileAsync('mkfifo', links);
      } catch (error) {
        throw new ApertiumError(`could not create a named pipe: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Stage i reads file i and writes file i+1; the last stage writes to stdout.
    const files = [input, ...links];
    const stages = modes.map((mode, i) => ({ mode, args: ['-u', mode, files[i]!, ...(links[i] ? [links[i]!] : [])] }));
    const output = await runStages(options.command ?? 'apertium', stages, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const outLines = output.replace(/\n$/, '').split('\n');
    if (outLines.length !== lines.length) {
      throw new ApertiumError(`apertium returned ${outLines.length} lines for ${lines.length}`);
    }
    return outLines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runStages(command: string, stages: { mode: string; args: string[] }[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const processes: ChildProcessWithoutNullStreams[] = stages.map((stage) => spawn(command, stage.args));
    const stderr = processes.map(() => '');
    const chunks: Buffer[] = [];
    let settled = false;
    let running = processes.length;

    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // A stage blocked on a named pipe whose other end never opened would wait forever: end them all.
      for (const child of processes) child.kill('SIGKILL');
      reject(new ApertiumError(message));
    };
    const timer = setTimeout(() => fail(`apertium timed out after ${timeoutMs} ms`), timeoutMs);

    processes.forEach((child, index) => {
      const mode = stages[index]!.mode;
      child.stdin.end();
      child.on('error', (error) => fail(`apertium ${mode} could not run: ${error.message}`));
      child.stderr.on('data', (data: Buffer) => {
        if (stderr[index]!.length < STDERR_LIMIT) stderr[index] += data.toString('utf8');
      });
      if (index === processes.length - 1) child.stdout.on('data', (data: Buffer) => chunks.push(data));
      else child.stdout.resume();
      child.on('close', (code, signal) => {
        if (code !== 0) {
          const detail = stderr[index]!.trim().split('\n').slice(0, 3).join(' | ');
          fail(`apertium ${mode} exited with ${code ?? signal}${detail ? `: ${detail}` : ''}`);
          return;
        }
        running -= 1;
        if (running > 0 || settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
    });
  });
}

export interface ApertiumAvailabilityOptions {
  command?: string | undefined;
  modesDir?: string | undefined;
  modes?: readonly string[] | undefined;
  /** The PATH to search when `command` is a bare name; the CLI passes process.env.PATH. */
  searchPath?: string | undefined;
}

/** True when the apertium binary and every mode of the chain are installed. Cheap: no process is started. */
export function isApertiumAvailable(options: ApertiumAvailabilityOptions = {}): boolean {
  const command = options.command ?? 'apertium';
  const modesDir = options.modesDir ?? APERTIUM_MODES_DIR;
  const modes = options.modes ?? FRENCH_TO_ENGLISH_MODES;
  const searchPath = options.searchPath ?? process.env['PATH'] ?? '';
  const candidates = command.includes('/') ? [command] : searchPath.split(delimiter).filter(Boolean).map((dir) => join(dir, command));
  const binary = candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  return binary && modes.every((mode) => existsSync(join(modesDir, `${mode}.mode`)));
}

/**
 * The chain's name with its Debian package versions, e.g. 'fr-es@0.9.4-1+spa-eng@0.8.1-2', so a stored
 * translation says which data produced it. Falls back to the bare mode names where dpkg is not there.
 */
export function apertiumModelName(modes: readonly string[] = FRENCH_TO_ENGLISH_MODES): Promise<string> {
  const packages = modes.map(packageForMode);
  return new Promise((resolve) => {
    execFile('dpkg-query', ['-W', '-f=${Package} ${Version}\n', ...packages], { timeout: 5_000 }, (error, stdout) => {
      const versions = new Map(
        String(stdout ?? '')
          .split('\n')
          .map((line) => line.trim().split(' '))
          .filter((parts): parts is [string, string] => parts.length === 2 && parts[1] !== ''),
      );
      if (error && versions.size === 0) {
        resolve(modes.join('+'));
        return;
      }
      resolve(modes.map((mode, i) => (versions.has(packages[i]!) ? `${mode}@${versions.get(packages[i]!)}` : mode)).join('+'));
    });
  });
}

// Debian names language-pair packages with the pair's languages sorted as in the upstream repository:
// the spa-eng mode ships in apertium-eng-spa.
const MODE_PACKAGES: Readonly<Record<string, string>> = { 'fr-es': 'apertium-fr-es', 'spa-eng': 'apertium-eng-spa' };

function packageForMode(mode: string): string {
  return MODE_PACKAGES[mode] ?? `apertium-${mode}`;
}
