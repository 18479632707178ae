import { GetProductsCommand, PricingClient, ThrottlingException } from "@aws-sdk/client-pricing";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { ec2InstancesQuery } from "../../queries/ec2-instances";
import { fargateQuery } from "../../queries/fargate";
import { pageOf, recordedEcsResponse } from "../../testing/recorded";
import { toRefreshError } from "../../faults/classify-error";
import { fetchProducts } from "./fetch-products";

// A real PricingClient (fake static credentials, never used: aws-sdk-client-mock intercepts `send`),
// so the SDK's paginator and command objects run for real against the recorded pages.
const client = new PricingClient({ region: "us-east-1", credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" } });
const pricing = mockClient(client);
afterEach(() => {
  pricing.reset();
  sent = [];
});

const noWait = (delays: number[] = []) => ({ sleep: async (ms: number) => void delays.push(ms), random: () => 0.5 });
const ecs = recordedEcsResponse();
const items = ecs.PriceList as unknown as string[];
/** The recorded 11-item page split into pages of 4, 4 and 3, chained by NextToken. */
const pages: Record<string, ReturnType<typeof pageOf>> = {
  start: { ...ecs, PriceList: items.slice(0, 4), NextToken: "p2" } as never,
  p2: { ...ecs, PriceList: items.slice(4, 8), NextToken: "p3" } as never,
  p3: { ...ecs, PriceList: items.slice(8) } as never,
};
// the paginator reuses one input object, so tokens are recorded at call time
let sent: string[] = [];
const tokensSent = () => sent;
const serve = (input: { NextToken?: string }) => {
  sent.push(input.NextToken ?? "start");
  return pages[input.NextToken ?? "start"];
};

describe("fetchProducts (paginateGetProducts over recorded pages)", () => {
  it("sends ServiceCode and TERM_MATCH filters: EC2 Linux / Shared / preInstalledSw NA / capacitystatus Used", async () => {
    pricing.on(GetProductsCommand).resolves(pageOf([]));
    await fetchProducts(ec2InstancesQuery, "eu-west-1", { client });
    expect(pricing.commandCalls(GetProductsCommand)[0]?.args[0].input).toEqual({
      ServiceCode: "AmazonEC2",
      FormatVersion: "aws_v1",
      MaxResults: 100,
      Filters: [
        { Type: "TERM_MATCH", Field: "regionCode", Value: "eu-west-1" },
        { Type: "TERM_MATCH", Field: "operatingSystem", Value: "Linux" },
        { Type: "TERM_MATCH", Field: "tenancy", Value: "Shared" },
        { Type: "TERM_MATCH", Field: "preInstalledSw", Value: "NA" },
        { Type: "TERM_MATCH", Field: "capacitystatus", Value: "Used" },
      ],
    });
  });

  it("follows NextToken across pages: the 11 recorded S1 products, each once", async () => {
    pricing.on(GetProductsCommand).callsFake(serve);
    const products = await fetchProducts(fargateQuery, "us-east-1", { client, pageSize: 4 });
    expect(tokensSent()).toEqual(["start", "p2", "p3"]);
    expect(products.map((p) => p.product.sku)).toEqual(items.map((s) => (JSON.parse(s) as { product: { sku: string } }).product.sku));
    expect(new Set(products.map((p) => p.publicationDate))).toEqual(new Set(["2022-11-21T18:21:30Z"]));
  });

  it("a throttled page is retried with backoff and the walk resumes at that page, not from the start", async () => {
    let throttled = 0;
    pricing.on(GetProductsCommand).callsFake((input: { NextToken?: string }) => {
      if (input.NextToken === "p2" && throttled++ < 2) {
        sent.push("p2");
        throw new ThrottlingException({ message: "Rate exceeded", $metadata: { httpStatusCode: 400 } });
      }
      return serve(input);
    });
    const delays: number[] = [];
    const products = await fetchProducts(fargateQuery, "us-east-1", { client, retry: noWait(delays) });
    expect(tokensSent()).toEqual(["start", "p2", "p2", "p2", "p3"]);
    expect(products).toHaveLength(11);
    // full jitter with random() = 0.5: half of 500 × 2^(n-1) ms
    expect(delays).toEqual([250, 500]);
  });

  it("throttled on every attempt → PRICE_SOURCE_THROTTLED after 5 attempts", async () => {
    pricing.on(GetProductsCommand).rejects(new ThrottlingException({ message: "Rate exceeded", $metadata: {} }));
    const failure = await fetchProducts(fargateQuery, "us-east-1", { client, retry: noWait() }).catch((e: unknown) => e);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(5);
    expect(toRefreshError(failure, "api us-east-1").message).toMatch(
      /PRICE_SOURCE_THROTTLED: api us-east-1: AWS kept throttling after 5 attempts/,
    );
  });

  it.each([
    {
      label: "a truncated PriceList element (cut mid-JSON)",
      item: (items[2] as string).slice(0, 120),
      message: /page 1 item 3: a PriceList element is not valid JSON/,
    },
    { label: "invalid JSON", item: "{not json", message: /page 1 item 3: a PriceList element is not valid JSON/ },
    {
      label: "a price that is a float, not a decimal string",
      item: (items[2] as string).replace(/"USD":"([\d.]+)"/, '"USD":$1'),
      message: /item 3: .*expected string, received number.*field: terms\.OnDemand\..*pricePerUnit\.USD/,
    },
    {
      label: "no publicationDate",
      item: (items[2] as string).replace(/,"publicationDate":"[^"]+"/, ""),
      message: /item 3: .*field: publicationDate/,
    },
  ])("malformed page: $label → one MALFORMED_PRICE_DATA line, no retry", async ({ item, message }) => {
    pricing.on(GetProductsCommand).resolves({ ...ecs, PriceList: [items[0], items[1], item] } as never);
    const failure = (await fetchProducts(fargateQuery, "us-east-1", { client, retry: noWait() }).catch((e: unknown) => e)) as Error;
    expect(failure.message).toMatch(/^\[core\] MALFORMED_PRICE_DATA: GetProducts AmazonECS us-east-1 /);
    expect(failure.message).toMatch(message);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
  });

  it.each([
    {
      label: "no credentials in the default chain",
      error: Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }),
      code: "PRICE_SOURCE_AUTH",
      hint: /--source offer-files/,
    },
    {
      label: "credentials without pricing:GetProducts",
      error: Object.assign(new Error("User is not authorized to perform: pricing:GetProducts"), {
        name: "AccessDeniedException",
        $metadata: { httpStatusCode: 400 },
      }),
      code: "PRICE_SOURCE_AUTH",
      hint: /pricing:GetProducts/,
    },
    {
      label: "no network (DNS fails)",
      error: Object.assign(new Error("getaddrinfo ENOTFOUND api.pricing.us-east-1.amazonaws.com"), { code: "ENOTFOUND" }),
      code: "PRICE_SOURCE_UNREACHABLE",
      hint: /no network/,
    },
  ])("$label → $code, not retried", async ({ error, code, hint }) => {
    pricing.on(GetProductsCommand).rejects(error);
    const failure = await fetchProducts(fargateQuery, "us-east-1", { client, retry: noWait() }).catch((e: unknown) => e);
    const message = toRefreshError(failure, "api us-east-1").message;
    expect(message).toContain(`[core] ${code}: api us-east-1:`);
    expect(message).toMatch(hint);
    expect(message.split("\n")).toHaveLength(1);
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(1);
  });
});
