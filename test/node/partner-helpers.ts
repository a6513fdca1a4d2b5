/** Shared by the partner-tool tests: running the CLI in-process and temporary directories. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export const root = new URL('../../', import.meta.url).pathname;
export const RPSS = join(root, 'test/fixtures/rpss');

export async function pomoc(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'pomoc-partner-'));

/** Files in a directory, temporary ones included: after a failure it must hold none. */
export const filesIn = (directory: string) => readdirSync(directory);
