/** A problem with one input or output file; the message is the one line shown to the user (callers add the file). */
import { englishReason, problem, type Reason } from '../lang/problem.js';

export class FileError extends Error {
  override name = 'FileError';
  /** The problem as data, to be said in the run's language (the message is its English). */
  readonly reason: Reason;
  constructor(reason: Reason) {
    super(englishReason(reason));
    this.reason = reason;
  }
}

/** A system error's one-line reason (`no such file`, `permission denied`…). */
export function systemReason(error: unknown): Reason {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return problem('noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return problem('permissionDenied');
  if (code === 'EISDIR') return problem('isDirectory');
  if (code === 'ELOOP') return problem('linkLoop');
  if (code === 'ENOSPC') return problem('noSpace');
  return error instanceof Error ? error.message : String(error);
}

/** A system error's one-line reason, in English. */
export function reason(error: unknown): string {
  return englishReason(systemReason(error));
}

/** The reason of any error: a FileError's problem, a system error's, else its message. */
export function reasonOf(error: unknown): Reason {
  return error instanceof FileError ? error.reason : systemReason(error);
}
