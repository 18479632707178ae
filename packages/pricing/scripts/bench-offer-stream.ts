/**
 * Benchmark: streaming parse of a generated ~300 MB EC2-like offer file (pnpm --filter @repo/pricing bench).
 * Prints time, throughput and RSS growth of the streaming reader on a 30 MB and a ~300 MB file
 * (bounded memory = the same growth for both), and the naive readFile + JSON.parse on the 30 MB
 * file for scale. Files are generated into a temporary directory and deleted afterwards.
 * BENCH_MB overrides the large size.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ec2InstancesQuery } from "../src/queries/ec2-instances";
import { readOfferStream } from "../src/sources/offer-files/read-offer-stream";
import { writeGeneratedOffer } from "../src/testing/generate-offer-file";

const targetMb = Number(process.env.BENCH_MB ?? 300);
const dir = mkdtempSync(join(tmpdir(), "offer-bench-"));
const rssMb = () => process.memoryUsage().rss / 1e6;
const settle = () => (globalThis as { gc?: () => void }).gc?.();

type Figures = { fileMb: number; seconds: number; rssGrowthMb: number; selected: number };

async function streaming(file: string): Promise<Figures> {
  settle();
  const before = rssMb();
  let peak = before;
  const started = performance.now();
  const result = await readOfferStream(
    createReadStream(file, { highWaterMark: 256 * 1024 }),
    { serviceCode: "AmazonEC2", region: "us-east-1", queries: [ec2InstancesQuery], where: "bench" },
    () => {
      peak = Math.max(peak, rssMb());
    },
  );
  return {
    fileMb: statSync(file).size / 1e6,
    seconds: (performance.now() - started) / 1000,
    rssGrowthMb: peak - before,
    selected: result.hits.length,
  };
}

function naive(file: string): Figures {
  settle();
  const before = rssMb();
  const started = performance.now();
  const doc = JSON.parse(readFileSync(file, "utf8")) as { products: Record<string, unknown> };
  const seconds = (performance.now() - started) / 1000;
  const growth = rssMb() - before;
  return { fileMb: statSync(file).size / 1e6, seconds, rssGrowthMb: growth, selected: Object.keys(doc.products).length };
}

const row = (label: string, f: Figures) =>
  `${label.padEnd(30)} ${f.fileMb.toFixed(0).padStart(5)} MB  ${f.seconds.toFixed(2).padStart(6)} s  ${(f.fileMb / f.seconds).toFixed(0).padStart(4)} MB/s  RSS +${f.rssGrowthMb.toFixed(0).padStart(4)} MB`;

try {
  const big = join(dir, "big.json");
  const small = join(dir, "small.json");
  const generated = await writeGeneratedOffer(big, { targetBytes: targetMb * 1e6, region: "us-east-1" });
  await writeGeneratedOffer(small, { targetBytes: 30e6, region: "us-east-1" });
  const large = await streaming(big);
  if (large.selected !== generated.typeCount) throw new Error(`expected ${generated.typeCount} selected products, got ${large.selected}`);
  const smallStreamed = await streaming(small);
  const smallNaive = naive(small);
  console.log(`offer-file parse (EC2-like, Linux/Shared/NA/Used selected; Node ${process.version})`);
  console.log(row("streaming, large file", large));
  console.log(row("streaming, small file", smallStreamed));
  console.log(row("naive JSON.parse, small file", smallNaive));
  console.log(
    `ratios: streaming runs at ${(smallNaive.seconds / smallStreamed.seconds).toFixed(1)}× the naive speed; its RSS growth stays a few MB ` +
      `(${smallStreamed.rssGrowthMb.toFixed(0)} MB at ${smallStreamed.fileMb.toFixed(0)} MB, ${large.rssGrowthMb.toFixed(0)} MB at ${large.fileMb.toFixed(0)} MB: bounded by the selected records), ` +
      `while naive parsing grows ${(smallNaive.rssGrowthMb / smallNaive.fileMb).toFixed(2)} MB per MB of file (≈${((smallNaive.rssGrowthMb / smallNaive.fileMb) * large.fileMb).toFixed(0)} MB for the large file)`,
  );
  console.log(`process peak RSS (whole run): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
