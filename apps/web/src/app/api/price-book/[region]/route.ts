import { apiError } from "../../../../lib/http/api-errors";
import { regionSnapshot } from "../../../../lib/region-snapshot";

/**
 * One region's price book as JSON, from the snapshot the server was started on (PRICES_FILE, else the
 * embedded one). Dynamic because the file is chosen at start, not at `next build`; browsers may cache
 * it for five minutes. Codes that are not AWS regions are answered (JSON 404) by src/proxy.ts.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ region: string }> }): Promise<Response> {
  const { region } = await context.params;
  const snapshot = regionSnapshot(region);
  if (!snapshot) return apiError("NOT_FOUND", `no prices for region "${region}"`);
  return Response.json(snapshot, { headers: { "Cache-Control": "public, max-age=300" } });
}
