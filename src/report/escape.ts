/**
 * Text for a terminal: control characters (C0 but tab, DEL, C1) and the bidirectional overrides that reorder what
 * is shown are written as escapes (`\x1b`, `\u202e`), so that a file name or a quoted sentence from untrusted
 * content cannot move the cursor, recolour the screen or hide text. Newlines are kept only where a caller keeps them.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

function escapeOne(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with its terminal control characters escaped (one line: a newline becomes `\x0a`). */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
