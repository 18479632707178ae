import type { ReadableText } from "./readable-text";

/**
 * What may stay in Latin script on the Japanese page, each with why (issue 20 items 2 and 7). The rule is
 * AWS Japan's own Japanese: the names it writes in Latin script (/work/shared/docs/glossary-ja.csv, -ja.md:
 * "Keep English: Savings Plans, Fargate Spot, Application Load Balancer, EKS Auto Mode, CloudWatch Logs,
 * Container Insights, …, pattern names (ECS on Fargate …). Kubernetes kinds stay Latin: Pod, DaemonSet"),
 * units, identifiers a user types or looks up, and cited sources. Everything else is an English word.
 */

/** Removed from a text before it is cut into words: multi-word names, and spans that are code or citations. */
const SPANS: { pattern: RegExp; why: string }[] = [
  { pattern: /https?:\/\/\S+/g, why: "a cited source's URL" },
  {
    pattern: /\b(?:[a-z0-9-]+\.)+(?:com|org|gov|net)(?:\/[\w./#-]*)?/g,
    why: "a cited source's address without the scheme (docs.aws.amazon.com/…, aws.amazon.com/fargate/pricing)",
  },
  {
    pattern: /(?:[\w-]+\/)*[\w.-]+\.(?:html|md|csv)\b(?:\s§[\d.]+)?/g,
    why: "a cited page or research file (ManagedInstances.html, ops-effort.md §3, fargate_valid_task_sizes.csv)",
  },
  { pattern: /\baws\/containers-roadmap#\d+/g, why: "a cited GitHub issue of AWS's public containers roadmap" },
  {
    pattern: /\bcostcalc(?: [a-z]+)*(?: --[a-z-]+(?: [\w.-]+)?)*/g,
    why: "a costcalc command line the page tells the user to run (costcalc prices refresh --regions …)",
  },
  {
    pattern: /\b[a-z0-9-]+(?:\/[a-z0-9.-]+){2,}\b/g,
    why: "a price-book usage key of a missing rate (support/business/tier-1/share)",
  },
  { pattern: /\bkarpenter\.sh\/[\w-]+: \w+/g, why: "a Kubernetes node label a NodePool sets, as written in its YAML" },
  { pattern: /\bcapacityOptionType SPOT\b/g, why: "an ECS capacity provider API value as AWS spells it" },
  {
    pattern: /\b[a-z][a-z0-9-]*\.(?:\d*x?large|medium|small|micro|nano|metal(?:-\d+xl)?)\b/g,
    why: "an EC2 instance type (m5a.2xlarge, m8i-flex.xlarge)",
  },
  {
    pattern: /\b[a-z][\w.]*(?:\[\])?(?:\.[a-z]\w*)*: (?:true|false)\b/g,
    why: "a scenario setting written as the user types it in YAML (ec2.selection.previousGeneration: true)",
  },
  {
    pattern: /\b[a-z][a-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*)+\b/g,
    why: "a scenario field path (services[].logStoredGb, storage.ecrStorageGb, ec2.selection)",
  },
  { pattern: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, why: "an API / Kubernetes field name in camelCase (kubeReserved, allowedInstanceTypes)" },
  { pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, why: "an ECS agent setting (ECS_RESERVED_MEMORY)" },
  { pattern: /\b(?:linux|windows)\/(?:x86_64|arm64)\b/g, why: "a platform id (os/architecture) as core keys node groups and lines" },
  {
    pattern: /\b(?:ECS|EKS) on (?:Fargate|EC2)\b|\bECS Managed Instances\b/g,
    why: "pattern names stay English (glossary-ja.md 'Product names'; glossary-ja.csv 'pattern')",
  },
  {
    pattern:
      /\b(?:(?:Compute|EC2 Instance) )?Savings Plans\b|\bFargate Spot\b|\b(?:Application|Network) Load Balancer\b|\bElastic Load Balancing\b|\bEKS Auto Mode\b|\bAuto Mode\b|\bCloudWatch Logs\b|\b(?:CloudWatch )?Container Insights\b|\bAWS PrivateLink\b|\bElastic IP\b|\bAuto Scaling\b|\bECS Managed Daemons\b|\bECS Anywhere\b|\bEKS Provisioned Control Plane\b|\bOn-Ramp\b/g,
    why: "AWS product and feature names AWS Japan writes in English (glossary-ja.csv: Savings Plans, Fargate Spot, …)",
  },
  {
    pattern: /制約 \([a-z0-9]+(?:-[a-z0-9]+)*\)/g,
    why: "a constraint's rule id after 制約 (NOTE_CONSTRAINT_FLAG's {rule}: the id of constraints[].rule in the JSON)",
  },
  { pattern: /\bFRB\b|\bH\.10\b/g, why: "the FX source: the U.S. Federal Reserve (FRB, as Japanese writes it) and its H.10 release" },
];

/** Whole words that stay as they are. */
const WORDS: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /^(?:AWS|Amazon|ECS|EKS|EC2|Fargate|EBS|EFS|ECR|VPC|NAT|ALB|NLB|LCU|NLCU|AZ|IPv4|IP|ENI|IAM|RBAC|CNI|CSI|AMI|OS|SSH|SSM|API|CVE|GPU|CPU|vCPU|CloudWatch|FireLens|Graviton|Bottlerocket|SELinux|Karpenter|NodePool|CoreDNS|kube-proxy|kube-reserved|OpenTelemetry|aws-node|awsvpc|DAEMON|HostNetwork|HostPort|Kubernetes|Pod|DaemonSet|Linux|Windows|ARM|NVIDIA|AMD|Neuron|RI|TCO|gp2|gp3|io1|io2|SSD|IOPS)$/,
    why: "AWS / Kubernetes product, API and acronym names as AWS Japan writes them (glossary-ja.csv; Kubernetes' and CNCF's own names: CoreDNS, kube-proxy, kube-reserved, OpenTelemetry)",
  },
  { pattern: /^(?:GiB|GB|MiB|MB|TB|Mi|Gi|h)$/, why: "units as AWS Japan writes them (GB/月, GiB; h for engineer hours)" },
  { pattern: /^\d[\d,.]*(?:m|Mi|Gi|MiB|GiB|GB|XL)$/, why: "a Kubernetes quantity (100m CPU, 100Mi) or a size (2XL)" },
  { pattern: /^(?:USD|JPY)$/, why: "ISO 4217 currency codes (AWS Japan quotes prices in USD)" },
  { pattern: /^(?:x86_64|arm64|amd64|x86)$/, why: "CPU architecture ids as AWS writes them (x86_64 / arm64)" },
  {
    pattern: /^[a-z]{1,4}\d+[a-z0-9-]*$/,
    why: "an EC2 instance family or generation id (m5a, c6g, p3dn, t1, a1, m8i-flex)",
  },
  { pattern: /^[A-Z](?:\/[A-Z])*$/, why: "instance family letters (C, M, R; C/M/R)" },
  { pattern: /^XL$/, why: "the EKS provisioned control plane tier (XL, 2XL …) as AWS names it" },
  { pattern: /^[SF]\d+$/, why: "an id of a cited source (SOURCES.md S1…, ops-effort.md F1…)" },
  { pattern: /^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d)$/, why: "a region code (us-east-1)" },
  { pattern: /^embedded-\d{4}-\d{2}-\d{2}$/, why: "the id of the embedded price snapshot" },
  { pattern: /^(?:CSV|JSON|YAML|PDF)$/, why: "file formats of the exports" },
  { pattern: /^(?:METI|MHLW)$/, why: "the Japanese ministries' English acronyms in a cited source's name" },
  { pattern: /^English$/, why: "the language switch names English in English, as every bilingual site does" },
];

export type EnglishWord = { word: string; context: string };

/**
 * The English words left in texts after the allow-list and the user's own names (`names`: service names typed in
 * the form — the user's data, not the calculator's text) are taken out.
 * @example englishWords([{ text: "Fargate の料金 per month", context: "…" }], []) //=> [{ word: "per", … }, { word: "month", … }]
 */
export function englishWords(texts: readonly ReadableText[], names: readonly string[]): EnglishWord[] {
  const own = new Set(names);
  const found: EnglishWord[] = [];
  for (const { text, context } of texts) {
    let rest = text;
    for (const { pattern } of SPANS) rest = rest.replace(pattern, " ");
    for (const raw of rest.split(/[^A-Za-z0-9_'+-]+/)) {
      const word = raw.replace(/^[-+']+|[-+']+$/g, "");
      if (!/[A-Za-z]/.test(word) || own.has(word) || WORDS.some(({ pattern }) => pattern.test(word))) continue;
      found.push({ word, context });
    }
  }
  return found;
}
