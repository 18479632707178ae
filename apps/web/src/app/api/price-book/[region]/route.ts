import { embeddedPriceBook } from "@repo/core";
import { regionSnapshot } from "../../../../lib/region-snapshot";

/** One static JSON file per region, built at `next build` from the embedded snapshot. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { region: string }[] {
  return embeddedPriceBook().regions.map((region) => ({ region }));
}

export async function GET(_request: Request, context: { params: Promise<{ region: string }> }): Promise<Response> {
  const { region } = await context.params;
  const snapshot = regionSnapshot(region);
  if (!snapshot) return Response.json({ error: `no prices for ${region}` }, { status: 404 });
  return Response.json(snapshot);
}
