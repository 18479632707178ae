/** A syntax or truncation problem in a streamed JSON document. */
export class JsonStreamError extends Error {
  override name = "JsonStreamError";
}
