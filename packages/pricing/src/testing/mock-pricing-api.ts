import { GetProductsCommand, PricingClient, type GetProductsCommandInput } from "@aws-sdk/client-pricing";
import { mockClient } from "aws-sdk-client-mock";
import { pageOf, recordedEcsResponse, recordedEntry } from "./recorded";

/**
 * A real PricingClient whose `send` (via aws-sdk-client-mock) answers GetProducts from the recorded
 * shared/data responses, chosen by ServiceCode and region filter as AWS would:
 * - AmazonECS us-east-1 → the S1 response (11 products, 2022-11-21)
 * - AmazonEC2 us-east-1 with the instance filters → the S3 m5.large element (2021-02-05)
 * - AmazonEKS ap-southeast-2 → the S6 cluster element (2022-08-11), plus two variants derived from it
 *   by changing only what the test is about: an extended-support SKU (usage type and $0.50 from
 *   S7/S9, eks_rates.csv) and an Outposts SKU that must be excluded
 * - anything else → an empty page (AWS has no such products)
 */
export function mockPricingApi() {
  const client = new PricingClient({ region: "us-east-1", credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" } });
  const mock = mockClient(client);
  const eks = recordedEntry("AmazonEKS_ap-southeast-2_cluster_2022-08-11_PriceListEntry.json");
  mock.on(GetProductsCommand).callsFake((input: GetProductsCommandInput) => {
    const region = input.Filters?.find((f) => f.Field === "regionCode")?.Value;
    const ec2Instances = input.Filters?.some((f) => f.Field === "operatingSystem");
    if (input.ServiceCode === "AmazonECS" && region === "us-east-1") return recordedEcsResponse();
    if (input.ServiceCode === "AmazonEC2" && region === "us-east-1" && ec2Instances)
      return pageOf([recordedEntry("AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json")]);
    if (input.ServiceCode === "AmazonEKS" && region === "ap-southeast-2")
      return pageOf([
        eks,
        eksVariant(eks, "EXTENDED", "APS2-AmazonEKS-Hours:extendedSupport", "0.5000000000", {}),
        eksVariant(eks, "OUTPOST", "APS2-AmazonEKS-Hours:perCluster", "0.2500000000", { locationType: "AWS Outposts" }),
      ]);
    return pageOf([]);
  });
  return { client, mock };
}

function eksVariant(entry: Record<string, unknown>, sku: string, usagetype: string, usd: string, extra: Record<string, string>): unknown {
  const copy = JSON.parse(JSON.stringify(entry)) as {
    product: { sku: string; attributes: Record<string, string> };
    terms: { OnDemand: Record<string, { sku: string; priceDimensions: Record<string, { pricePerUnit: { USD: string } }> }> };
  };
  copy.product.sku = sku;
  Object.assign(copy.product.attributes, { usagetype }, extra);
  for (const term of Object.values(copy.terms.OnDemand)) {
    term.sku = sku;
    for (const dimension of Object.values(term.priceDimensions)) dimension.pricePerUnit.USD = usd;
  }
  return copy;
}
