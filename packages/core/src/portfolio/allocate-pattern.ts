import { Decimal, sumDecimals } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";
import type { ResolvedService } from "../scenario/resolve-service";
import { allocateByWeights } from "./allocate-by-weights";
import { requestWeights } from "./request-weights";

/** One service's monthly cost on one pattern: its own lines plus its share of the shared lines. */
export type ServiceCost = {
  name: string;
  tags: Record<string, string>;
  /** Sum of the lines that name this service (e.g. its Fargate vCPU and memory). */
  directUsd: Decimal;
  /** Its allocated part of the lines that name no service (nodes, control plane, NAT, load balancers). */
  sharedUsd: Decimal;
  monthlyUsd: Decimal;
};

/**
 * Splits one pattern's bill over its services. Lines naming a service are that service's; every
 * other line (EC2 nodes, EKS control plane, NAT gateways, load balancers, and any shared line added
 * later) is pooled and allocated with `allocateByWeights` by the blended request share
 * (`requestWeights`), so Σ monthlyUsd over services = the pattern's monthlyUsd exactly.
 * Returns null for a ruled-out pattern (it has no bill to split).
 * @example allocatePattern(ecsFargate, services)?.map((s) => s.monthlyUsd.toFixed()) //=> ["46.9901", "93.9802"] (web, api + a shared NAT gateway; see the test)
 */
export function allocatePattern(pattern: PatternEstimate, services: readonly ResolvedService[]): ServiceCost[] | null {
  if (pattern.monthlyUsd === null) return null;
  const names = new Set(services.map((s) => s.name));
  const direct = new Map<string, Decimal>();
  const shared: Decimal[] = [];
  for (const line of pattern.lines) {
    if (line.service !== undefined && names.has(line.service)) {
      direct.set(line.service, (direct.get(line.service) ?? new Decimal(0)).plus(line.monthlyUsd));
    } else {
      shared.push(line.monthlyUsd);
    }
  }
  const parts = allocateByWeights(sumDecimals(shared), requestWeights(services, pattern.id));
  return services.map((service, i) => {
    const directUsd = direct.get(service.name) ?? new Decimal(0);
    const sharedUsd = parts[i] ?? new Decimal(0);
    return { name: service.name, tags: service.tags, directUsd, sharedUsd, monthlyUsd: directUsd.plus(sharedUsd) };
  });
}
