/**
 * User text (service names, tags, descriptions) on a terminal or in Markdown: control characters
 * (C0 but the line break, DEL, C1 — e.g. ESC `\x1b[31m`, which would recolour or rewrite the terminal)
 * and bidirectional overrides (U+202A–U+202E, U+2066–U+2069, "Trojan Source") are shown escaped,
 * as `\x1b` / `\u202e`, never emitted raw.
 * @example escapeControlChars("web\x1b[31m") //=> "web\\x1b[31m"
 */
/** C0 (optionally but the line break), DEL, C1, zero-width/line separators and bidi overrides. */
function isUnsafe(code: number, keepNewline: boolean): boolean {
  if (code <= 0x1f) return !(keepNewline && code === 0x0a);
  return (
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const escapeOne = (code: number): string =>
  code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;

/** Walks the text once (no control characters in a regular expression, so the linter can read it). */
function escapeWhere(text: string, keepNewline: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isUnsafe(code, keepNewline) ? escapeOne(code) : text[i];
  }
  return out;
}

/** Keeps line breaks (multi-line reports); escapes every other control character. */
export function escapeControlChars(text: string): string {
  return escapeWhere(text, true);
}

/** One line: line breaks escaped too (error messages on stderr). @example oneLine("a\nb") //=> "a\\x0ab" */
export function oneLine(text: string): string {
  return escapeWhere(text, false);
}
