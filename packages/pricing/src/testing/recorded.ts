import { readFileSync } from "node:fs";
import type { GetProductsCommandOutput } from "@aws-sdk/client-pricing";
import { awsPricingFile } from "./fixture-paths";

/** The recorded GetProducts response for AmazonECS us-east-1 (S1, publicationDate 2022-11-21). */
export function recordedEcsResponse(): GetProductsCommandOutput {
  return JSON.parse(
    readFileSync(awsPricingFile("getproducts/AmazonECS_us-east-1_2022-11-21_GetProducts.json"), "utf8"),
  ) as GetProductsCommandOutput;
}

/** A recorded decoded PriceList element (S3 EC2 m5.large, S6 EKS APS2), as a decoded object. */
export function recordedEntry(
  file: "AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json" | "AmazonEKS_ap-southeast-2_cluster_2022-08-11_PriceListEntry.json",
): Record<string, unknown> {
  return JSON.parse(readFileSync(awsPricingFile(`getproducts/${file}`), "utf8")) as Record<string, unknown>;
}

/** Wraps decoded entries into a GetProducts page, re-encoding each as a JSON string as AWS sends it. */
export function pageOf(entries: readonly unknown[], nextToken?: string): GetProductsCommandOutput {
  return {
    FormatVersion: "aws_v1",
    PriceList: entries.map((e) => JSON.stringify(e)),
    ...(nextToken ? { NextToken: nextToken } : {}),
    $metadata: {},
  };
}

export const ECS_OFFER_FILE = "offer-files/AmazonECS_us-east-1_2025-08-28_opencost-testdata.json";
