import type { PriceSnapshot } from "@repo/core";
import { sourceConfidence } from "./source-confidence";

/**
 * Reads the source register tables of shared/data/aws-pricing/SOURCES.md
 * (`| S7 | repository or URL | path | commit / date | kind |`) into the snapshot's `sources` map,
 * each with its confidence (source-confidence.ts).
 */
export function parseSourcesRegister(markdown: string): PriceSnapshot["sources"] {
  const sources: PriceSnapshot["sources"] = {};
  for (const line of markdown.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const id = cells[1] ?? "";
    if (!/^S\d+$/.test(id) || cells.length < 6) continue;
    const [where = "", path = "", date = "", kind = ""] = cells.slice(2, 6);
    const url = /^(github\.com|https?:\/\/)/.test(where) ? (where.startsWith("http") ? where : `https://${where}`) : undefined;
    sources[id] = {
      title: [kind, path && path !== "—" ? `${where} ${path}` : where].filter(Boolean).join(": "),
      ...(url ? { url } : {}),
      ...(date && date !== "—" ? { date } : {}),
      confidence: sourceConfidence(id, kind),
    };
  }
  return sources;
}
