import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGLISH_TEMPLATES, MESSAGE_CODES } from "@repo/core";
import { describe, expect, it } from "vitest";
import { JA_TEMPLATES } from "./index";

// The AWS Japan glossary (docs/glossary-ja.csv: en, ja, note, source), the terms every Japanese template must use.
const GLOSSARY_CSV = readFileSync(join(__dirname, "../../../../../docs/glossary-ja.csv"), "utf8");
const GLOSSARY = GLOSSARY_CSV.trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const quoted = [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)].filter((m) => m.index === 0 || line[m.index - 1] === ",");
    const [en = "", ja = ""] = quoted.map((m) => (m[1] ?? m[2] ?? "").replace(/""/g, '"'));
    return { en: en.split(" (")[0] ?? en, ja: ja.split(" / ").map((alt) => alt.split(" (")[0] ?? alt) };
  })
  .filter((row) => row.en && row.ja[0]);

const placeholders = (template: string) => new Set([...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]));
const templates = JA_TEMPLATES as Record<string, string>;
const english = ENGLISH_TEMPLATES as Record<string, string>;

/**
 * Latin words a Japanese sentence may keep: product and AWS names glossary-ja keeps in English (NAT ゲートウェイ,
 * VPC エンドポイント, パブリック IPv4 アドレス, CloudWatch Container Insights, Compute / EC2 Instance Savings Plans),
 * Kubernetes / ECS identifiers (VPC CNI, ENI, kubeReserved, aws-node, ECS_RESERVED_MEMORY, a CronJob's
 * concurrencyPolicy Allow / Forbid / Replace and activeDeadlineSeconds), units, field paths and their values;
 * for the analysis (recommendation, sensitivity, matrix, assumptions): TCO, the CLI command `costcalc prices refresh`,
 * evidence ids (F35, S8) and research files (ops-effort.md), Kubernetes / Karpenter / Bottlerocket / FireLens and
 * other product names (ECS Managed Daemons, ECS Anywhere, EKS Provisioned Control Plane), API values (SPOT, C/M/R), EBS and EFS;
 * a price snapshot's own field names (rates, sources, createdAt, description) and JSON;
 * for the ops activities' reasons: CoreDNS, IAM, RBAC, CVE and Auto Scaling (グループ), names AWS Japan keeps in English;
 * for input errors: Kubernetes quantity suffixes (Mi, Gi), the scenario's field names and option ids (durationSeconds,
 * savingsPlan, on-demand, …), the price refresh's API and CLI names (NextToken, PriceList, AWS_PROFILE, --source
 * offer-files, HTTP, SDK, SSO) and the imported files' names (taskDefinition, kind, PersistentVolumeClaim, cron, @daily).
 */
const KEPT_LATIN =
  /^(Amazon|Auto|Mode|NodePool|NVIDIA|Neuron|C|M|R|SELinux|SSH|SSM|karpenter\.sh\/capacity-type|spot|allowedInstanceTypes|S40|S55|activeDeadlineSeconds|concurrencyPolicy|Allow|Forbid|Replace|containers|requestDefaulted|NAT|VPC|CNI|ENI|AZ|IPv4|AMI|Nitro|CloudWatch|Container|Insights|OpenTelemetry|Compute|Instance|awsvpc|kubeReserved|kube-reserved|aws-node|kube-proxy|ECS_RESERVED_MEMORY|ECS|EKS|EC2|Fargate|Spot|Savings|Plans|GPU|CPU|vCPU|GB|MB|GiB|MiB|m|Pod|DaemonSet|Windows|Linux|Linux\/x86|x86|x86_64|arm64|ARM|Graviton|on|g5\.xlarge|SSD|ALB|NLB|Application|Network|Load|Balancer|Elastic|IP|EBS|EFS|CSI|gp3|gp2|io2|IOPS|MiB\/s|TB|LCU|NLCU|ECR|Logs|OS|OS\/AMI|On-Ramp|Linux\/ARM|Windows\/x86|ec2\.instanceType|AWS|USD|RI|jp|true|fail-over|[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+|docs\.aws\.amazon\.com\/ja_jp\/AmazonECS\/latest\/developerguide\/fargate-task-storage\.html|TCO|costcalc|prices|refresh|USD\/|h|[FS]\d+|(docs\/)?[a-z][a-z-]*\.md|aws\.amazon\.com\/eks\/pricing|eks-auto-mode|Kubernetes|Karpenter|Bottlerocket|FireLens|API|Anywhere|Managed|Daemons|DAEMON|Provisioned|Control|Plane|NVIDIA\/AMD|NVIDIA\/Neuron|G|C\/M\/R|amd64|capacityOptionType|SPOT|HostNetwork\/HostPort|SSH\/SSM|JSON|rates|sources|createdAt|description|CoreDNS|IAM|RBAC|CVE|Scaling|Mi|Gi|scaleSteps|durationSeconds|us-east-1|hoursPerMonth|runsPerDay|runsPerMonth|vcpu|memoryGib|services|taskCount|rootVolumeIops|rootVolumeType|commitmentUsdPerHour|coveragePercent|savingsPlan|reservedInstances|reserved|on-demand|compute-savings-plan|ec2-instance-savings-plan|NextToken|PriceList|publicationDate|HTTP|SDK|SSO|AWS_PROFILE|AWS_ACCESS_KEY_ID|aws|pricing|GetProducts|source|offer-files|taskDefinition|containerDefinitions|kind|PersistentVolumeClaim|ARM64|cpu|memory|N|cron|daily)$/;

describe("the Japanese catalog of core's message codes", () => {
  it("has a Japanese template for every core code (MESSAGE_CODES), and no code core does not have", () => {
    expect(MESSAGE_CODES.filter((code) => !templates[code])).toEqual([]);
    expect(Object.keys(templates).filter((code) => !(code in english))).toEqual([]);
  });

  it.each(MESSAGE_CODES)("%s keeps the English template's placeholders", (code) => {
    expect(placeholders(templates[code] ?? "")).toEqual(placeholders(english[code] ?? ""));
  });

  it.each(MESSAGE_CODES)("%s is Japanese: no English words beyond kept product names, units and field paths", (code) => {
    const text = (templates[code] ?? "").replace(/\{\w+(?::\w+)?\}/g, "");
    const latin = [...text.matchAll(/-{0,2}[A-Za-z][A-Za-z0-9_./-]*/g)].map((m) => m[0].replace(/^--/, ""));
    expect(latin.filter((word) => !KEPT_LATIN.test(word))).toEqual([]);
  });

  it("has read the glossary (sanity: AWS Japan's On-Demand is オンデマンド)", () => {
    expect(GLOSSARY.find((row) => row.en === "On-Demand")?.ja).toEqual(["オンデマンド"]);
  });

  it.each(MESSAGE_CODES)("%s uses glossary-ja.csv's term for every glossary term in the English", (code) => {
    const en = (english[code] ?? "").replace(/\{\w+(?::\w+)?\}/g, "");
    const ja = templates[code] ?? "";
    const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const missing = GLOSSARY.filter((row) => new RegExp(`\\b${escapeRegExp(row.en)}`, "i").test(en))
      .filter((row) => !row.ja.some((term) => ja.includes(term)))
      .map((row) => `${row.en} → ${row.ja.join(" / ")}`);
    expect(missing).toEqual([]);
  });
});
