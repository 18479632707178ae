import { CliError } from "./cli-error";

/**
 * Limits on scenario and workload files, checked BEFORE the YAML/JSON parser runs: the parsers
 * recurse, so a 5,000-deep nested list overflowed the stack (or ran V8 out of memory) and an alias
 * bomb (`&a [*a, *a, …]` nested) expanded to millions of nodes. Real files are far inside these:
 * a scenario or a `kubectl get -o yaml` dump is kilobytes and a dozen levels deep.
 */
export const DOCUMENT_LIMITS = {
  /** 5 MiB of text. */
  maxBytes: 5 * 1024 * 1024,
  /** Nesting of flow collections ([ ], { }) — JSON's only kind. */
  maxFlowDepth: 64,
  /** Leading indentation (spaces, tabs and "- " of block sequences) of any line. */
  maxIndent: 256,
  /** YAML aliases (*name) resolved per document (the yaml package's own default is 100). */
  maxAliasCount: 100,
} as const;

function tooLarge(path: string, what: string): CliError {
  return new CliError("FILE_TOO_LARGE", `${path}: ${what}`);
}

/** Flow nesting depth outside quoted strings and comments, stopping as soon as it passes the limit. */
function flowDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "[" || c === "{") {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return false;
}

/**
 * Throws a one-line FILE_TOO_LARGE (exit 2) when a file's text passes a limit.
 * @example checkDocumentText("[[[…65 deep…]]]", "deep.json") // throws "[cli] FILE_TOO_LARGE: deep.json: nested more than 64 levels deep ([ ] / { })"
 */
export function checkDocumentText(text: string, path: string): void {
  if (text.length > DOCUMENT_LIMITS.maxBytes)
    throw tooLarge(path, `${text.length} characters, more than the ${DOCUMENT_LIMITS.maxBytes} allowed`);
  if (flowDepthExceeds(text, DOCUMENT_LIMITS.maxFlowDepth))
    throw tooLarge(path, `nested more than ${DOCUMENT_LIMITS.maxFlowDepth} levels deep ([ ] / { })`);
  let lineNumber = 0;
  for (const line of text.split("\n")) {
    lineNumber += 1;
    const indent = /^[ \t-]*/.exec(line)?.[0].length ?? 0;
    if (indent > DOCUMENT_LIMITS.maxIndent)
      throw tooLarge(
        path,
        `line ${lineNumber} is indented ${indent} columns, more than the ${DOCUMENT_LIMITS.maxIndent} allowed (nesting too deep)`,
      );
  }
}

/** Any parser failure (syntax, alias limit, recursion) as one MALFORMED_FILE line. */
export function malformed(path: string, kind: "JSON" | "YAML", error: unknown, where = ""): CliError {
  const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "syntax error";
  return new CliError("MALFORMED_FILE", `${path} is not valid ${kind}${where}: ${firstLine}`);
}
