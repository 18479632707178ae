import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { PricingClient } from "@aws-sdk/client-pricing";
import { describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { awsPricingFile } from "../../testing/fixture-paths";
import { fetchProducts } from "./fetch-products";

/**
 * The whole SDK stack below `send` — request serialisation, SigV4 signing, the JSON 1.1 protocol
 * and the response deserializer (which wraps PriceList items in LazyJsonString objects) — run
 * against the recorded S1 response body, served by a stub HTTP handler instead of the network.
 */
describe("GetProducts through the real SDK HTTP stack", () => {
  it("serialises our filters and decodes the recorded body into the 11 S1 products", async () => {
    const recorded = readFileSync(awsPricingFile("getproducts/AmazonECS_us-east-1_2022-11-21_GetProducts.json"), "utf8");
    const { ResponseMetadata: _ignored, ...body } = JSON.parse(recorded) as Record<string, unknown>;
    const requests: { target: string | undefined; body: unknown }[] = [];
    const client = new PricingClient({
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: { headers: Record<string, string>; body?: string }) => {
          requests.push({ target: request.headers["x-amz-target"], body: JSON.parse(request.body ?? "{}") });
          return {
            response: {
              statusCode: 200,
              reason: "OK",
              headers: { "content-type": "application/x-amz-json-1.1" },
              body: Readable.from([Buffer.from(JSON.stringify(body))]),
            },
          };
        },
      } as never,
    });
    const products = await fetchProducts(fargateQuery, "us-east-1", { client });
    expect(requests).toEqual([
      {
        target: "AWSPriceListService.GetProducts",
        body: {
          ServiceCode: "AmazonECS",
          FormatVersion: "aws_v1",
          Filters: [{ Type: "TERM_MATCH", Field: "regionCode", Value: "us-east-1" }],
          MaxResults: 100,
        },
      },
    ]);
    expect(products).toHaveLength(11);
    const vcpu = products.find((p) => p.product.attributes.usagetype === "USE1-Fargate-vCPU-Hours:perCPU");
    expect(vcpu?.onDemand[0]?.priceDimensions).toMatchObject({
      "8CESGAFWKAJ98PME.JRTCKXETXF.6YS6EN2CT7": { pricePerUnit: { USD: "0.0404800000" } },
    });
  });
});
