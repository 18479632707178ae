import { apiError } from "../../../../lib/http/api-errors";
import { priceBookRegions } from "../../../../lib/http/price-book-regions";
import { regionSnapshot } from "../../../../lib/region-snapshot";

/** One static JSON file per region, built at `next build` from the embedded snapshot. Unknown regions are answered (JSON 404) by src/proxy.ts. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { region: string }[] {
  return priceBookRegions().map((region) => ({ region }));
}

export async function GET(_request: Request, context: { params: Promise<{ region: string }> }): Promise<Response> {
  const { region } = await context.params;
  const snapshot = regionSnapshot(region);
  if (!snapshot) return apiError("NOT_FOUND", `no prices for region "${region}"`);
  return Response.json(snapshot);
}
