/**
 * Writing output so that a failure leaves nothing half-written: the text goes to a temporary
 * file in the target directory and is renamed over the target only when complete (a rename
 * within one file system is atomic).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export const catalogueJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
