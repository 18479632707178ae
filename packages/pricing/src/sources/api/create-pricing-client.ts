import { Readable, Transform } from "node:stream";
import { PricingClient, type PricingClientConfig } from "@aws-sdk/client-pricing";
import { bodyTooLargeError, refreshLimits, type RefreshLimits } from "../../faults/refresh-limits";

/** The regions that serve the Price List Query API. */
export const PRICING_API_REGIONS = ["us-east-1", "eu-central-1", "ap-south-1"] as const;

export type PricingClientOptions = {
  limits?: Partial<RefreshLimits>;
  /** Tests only: a loopback endpoint and static fake credentials. */
  endpoint?: string;
  credentials?: PricingClientConfig["credentials"];
};

/** Fails the read once a body passes `maxBytes` (the SDK itself would buffer any size). */
function capBody(body: Readable, maxBytes: number, what: string): Readable {
  let bytes = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) callback(bodyTooLargeError(what, maxBytes));
      else callback(null, chunk);
    },
  });
  body.on("error", (error) => capped.destroy(error));
  capped.on("error", () => body.destroy());
  return body.pipe(capped);
}

/**
 * A PricingClient for the CLI/server side. Credentials come only from the SDK's default chain
 * (environment, shared config/SSO, container or instance role) — never from our config, and this
 * package is never bundled for a browser. SDK-level retries are off (`maxAttempts: 1`) because
 * `fetchProducts` retries each page itself with backoff and jitter, resuming from the last good page.
 * Bounded: TCP connect within `connectTimeoutMs`, no socket silent for `readTimeoutMs` (the Node
 * handler's `requestTimeout` is an idle timeout), and a response body of at most `maxDocumentBytes`.
 * @example const client = createPricingClient(); // then fetchProducts(query, "eu-west-1", { client })
 */
export function createPricingClient(
  endpointRegion: (typeof PRICING_API_REGIONS)[number] = "us-east-1",
  options: PricingClientOptions = {},
): PricingClient {
  const limits = refreshLimits(options.limits);
  const client = new PricingClient({
    region: endpointRegion,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: limits.connectTimeoutMs, requestTimeout: limits.readTimeoutMs, throwOnRequestTimeout: true },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  // innermost in the deserialize step: sees the raw HTTP response before the SDK parses its body
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as { body?: unknown; headers?: Record<string, string> };
      if (response.body instanceof Readable) response.body = capBody(response.body, limits.maxDocumentBytes, "GetProducts response");
      return result;
    },
    { step: "deserialize", priority: "low", name: "costcalcBodyCap" },
  );
  return client;
}
