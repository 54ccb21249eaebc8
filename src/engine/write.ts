/**
 * Atomic writes: a temporary file beside the target, then a rename, so no reader ever sees half a file and a killed
 * run leaves either the old file or the new one. No fsync: that guards against power loss, not against a killed
 * process, and costs more than rewriting an article.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Writes `content` to `path` atomically, creating parent folders. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
