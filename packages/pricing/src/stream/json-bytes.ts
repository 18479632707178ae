/** Byte values and classes of the JSON grammar the record extractor scans (all ASCII: UTF-8 multi-byte sequences never collide). */
export const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  OPEN_OBJ = 0x7b,
  CLOSE_OBJ = 0x7d,
  OPEN_ARR = 0x5b,
  CLOSE_ARR = 0x5d;
export const COLON = 0x3a,
  COMMA = 0x2c;
export const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
/** `"`, `-`, a digit, or the first letter of true/false/null. */
export const startsScalar = (b: number) => b === QUOTE || b === 0x2d || (b >= 0x30 && b <= 0x39) || b === 0x74 || b === 0x66 || b === 0x6e;
export const endsScalar = (b: number) => isSpace(b) || b === COMMA || b === CLOSE_OBJ || b === CLOSE_ARR;
