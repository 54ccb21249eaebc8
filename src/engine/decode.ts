/**
 * Decoding input bytes into text: UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM. Whatever the encoding,
 * the decoded text must look like text: a NUL or a high share of control characters marks a binary file, which a
 * byte order mark does not make text (a UTF-16 BOM in front of an image decodes into NULs and noise).
 */
import { FileError } from './file-error.js';
import { problem } from '../lang/problem.js';

/** Share of control characters (other than tab, line feed, carriage return, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Fewer control characters than this never make a file binary (an odd escape code in a long article is fine). */
const MIN_CONTROL_COUNT = 8;

/** Control characters a text may not hold many of: C0 (but \t \n \v \f \r), DEL and C1. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/** Throws FileError when decoded text is binary: a NUL, or control characters over a tenth of the text. */
export function assertText(text: string): void {
  if (text.includes('\u0000')) throw new FileError(problem('binary'));
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls >= MIN_CONTROL_COUNT && controls > text.length * MAX_CONTROL_SHARE) {
    throw new FileError(problem('controls', controls, text.length));
  }
}

function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw new FileError(problem('utf32Length'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new FileError(problem('utf32CodePoint'));
    parts.push(String.fromCodePoint(code));
  }
  return parts.join('');
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new FileError(problem('utf16'));
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text of bytes by their BOM (UTF-32 before UTF-16: FF FE 00 00 starts both). */
function decodeByBom(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return utf32(bytes.subarray(4), true);
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return utf32(bytes.subarray(4), false);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new FileError(problem('binary'));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new FileError(problem('utf8'));
  }
}

/** Decodes bytes into text or throws FileError (binary, invalid encoding). */
export function decode(bytes: Uint8Array): string {
  const text = decodeByBom(bytes);
  assertText(text);
  return text;
}
