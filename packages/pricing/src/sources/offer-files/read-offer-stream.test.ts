import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { awsPricingFile } from "../../testing/fixture-paths";
import { ECS_OFFER_FILE } from "../../testing/recorded";
import { readOfferStream } from "./read-offer-stream";

async function* chunks(text: string, size: number) {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const context = { serviceCode: "AmazonECS", region: "us-east-1", queries: [fargateQuery], where: "test" };
const summary = (r: Awaited<ReturnType<typeof readOfferStream>>) =>
  r.hits.map((h) => [h.priced.product.sku, h.priced.onDemand[0]?.priceDimensions]).sort();

describe("readOfferStream", () => {
  const text = readFileSync(awsPricingFile(ECS_OFFER_FILE), "utf8");

  it("selects the 8 Fargate SKUs of the 12 in the recorded S2 offer, whatever the chunk size", async () => {
    const whole = await readOfferStream(chunks(text, 1 << 20), context);
    expect(whole.productCount).toBe(12);
    expect(whole.hits).toHaveLength(8);
    for (const size of [1, 7, 333]) expect(summary(await readOfferStream(chunks(text, size), context))).toEqual(summary(whole));
  });

  it("a file with terms before products gives the same result (terms are held until products arrive)", async () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const reordered = JSON.stringify({
      terms: doc.terms,
      formatVersion: doc.formatVersion,
      publicationDate: doc.publicationDate,
      products: doc.products,
    });
    expect(summary(await readOfferStream(chunks(reordered, 100), context))).toEqual(
      summary(await readOfferStream(chunks(text, 100), context)),
    );
  });

  it("a file without publicationDate is rejected (every rate must be dated)", async () => {
    await expect(readOfferStream(chunks(text.replace(/"publicationDate" : "[^"]+",/, ""), 4096), context)).rejects.toThrow(
      /MALFORMED_PRICE_DATA: test: no publicationDate/,
    );
  });
});
