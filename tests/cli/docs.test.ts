import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

/** Every command has help text, every option a description, and the README documents each command. */
describe('documentation', () => {
  it('documents every command and option', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) (?:\[options\] )?(?:<[^>]+> ?)*\s+\S/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(10);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const command of commands) {
      expect(readme, `README documents \`${command}\``).toMatch(new RegExp('`' + command + '[ `]'));
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      const optionLines = help.stdout.split('\n').filter((line) => /^ {2}-/.test(line));
      expect(optionLines.length, command).toBeGreaterThan(0);
      for (const line of optionLines) expect(line, `${command}: option without a description`).toMatch(/^ {2}-\S.*?\s{2,}\S.{2,}/);
    }
  });
});

describe('the quick start', () => {
  it('runs the `claimtrail` bin as `npx claimtrail` does (executable, with its shebang)', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { statSync } = await import('node:fs');
    const { CLI } = await import('../helpers/paths.js');
    expect(statSync(CLI).mode & 0o111, 'dist/cli/main.js must be executable for npx').not.toBe(0);
    const { stdout } = await promisify(execFile)(CLI, ['--version'], { cwd: ROOT });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
