/**
 * User text (service names, tags, descriptions) on a terminal or in Markdown: control characters
 * (C0 but the line break, DEL, C1 — e.g. ESC `\x1b[31m`, which would recolour or rewrite the terminal)
 * and bidirectional overrides (U+202A–U+202E, U+2066–U+2069, "Trojan Source") are shown escaped,
 * as `\x1b` / `\u202e`, never emitted raw.
 * @example escapeControlChars("web\x1b[31m") //=> "web\\x1b[31m"
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** Keeps line breaks (multi-line reports); escapes every other control character. */
export function escapeControlChars(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** One line: line breaks escaped too (error messages on stderr). @example oneLine("a\nb") //=> "a\\x0ab" */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_OR_NEWLINE, escapeOne);
}
