import { PricingClient } from "@aws-sdk/client-pricing";

/** The regions that serve the Price List Query API. */
export const PRICING_API_REGIONS = ["us-east-1", "eu-central-1", "ap-south-1"] as const;

/**
 * A PricingClient for the CLI/server side. Credentials come only from the SDK's default chain
 * (environment, shared config/SSO, container or instance role) — never from our config, and this
 * package is never bundled for a browser. SDK-level retries are off (`maxAttempts: 1`) because
 * `fetchProducts` retries each page itself with backoff and jitter, resuming from the last good page.
 * @example const client = createPricingClient(); // then fetchProducts(query, "eu-west-1", { client })
 */
export function createPricingClient(endpointRegion: (typeof PRICING_API_REGIONS)[number] = "us-east-1"): PricingClient {
  return new PricingClient({ region: endpointRegion, maxAttempts: 1 });
}
