/**
 * Benchmark: streaming parse of a generated ~300 MB EC2-like offer file (pnpm --filter @repo/pricing bench).
 * Prints time, throughput and peak RSS of the streaming reader, and — for scale — the same figures
 * for the naive approach (readFile + JSON.parse) on a 30 MB file. The files are generated into a
 * temporary directory and deleted afterwards. BENCH_MB overrides the size.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ec2InstancesQuery } from "../src/queries/ec2-instances";
import { readOfferStream } from "../src/sources/offer-files/read-offer-stream";
import { writeGeneratedOffer } from "../src/testing/generate-offer-file";

const targetMb = Number(process.env.BENCH_MB ?? 300);
const dir = mkdtempSync(join(tmpdir(), "offer-bench-"));
const mb = (bytes: number) => bytes / 1e6;
const rssMb = () => process.memoryUsage().rss / 1e6;

try {
  const big = join(dir, "big.json");
  const small = join(dir, "small.json");
  const generated = await writeGeneratedOffer(big, { targetBytes: targetMb * 1e6, region: "us-east-1" });
  await writeGeneratedOffer(small, { targetBytes: 30e6, region: "us-east-1" });
  globalThis.gc?.();
  const rssBefore = rssMb();

  let peakRss = rssBefore;
  const started = performance.now();
  const result = await readOfferStream(
    createReadStream(big, { highWaterMark: 256 * 1024 }),
    { serviceCode: "AmazonEC2", region: "us-east-1", queries: [ec2InstancesQuery], where: "bench" },
    () => void (peakRss = Math.max(peakRss, rssMb())),
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.hits.length !== generated.typeCount) throw new Error(`expected ${generated.typeCount} products, got ${result.hits.length}`);

  const naiveRssBefore = rssMb();
  const naiveStart = performance.now();
  const parsed = JSON.parse(readFileSync(small, "utf8")) as { products: object };
  const naiveSeconds = (performance.now() - naiveStart) / 1000;
  const naivePeak = rssMb();
  const smallMb = mb(readFileSync(small).length);
  void parsed.products;

  const streamPerMb = (peakRss - rssBefore) / mb(generated.bytes);
  const naivePerMb = (naivePeak - naiveRssBefore) / smallMb;
  console.log(`streaming offer parse (JsonRecordExtractor + zod on selected records)`);
  console.log(`  file            ${mb(generated.bytes).toFixed(0)} MB, ${result.productCount} products, ${result.hits.length} selected`);
  console.log(`  time            ${seconds.toFixed(2)} s  (${(mb(generated.bytes) / seconds).toFixed(0)} MB/s)`);
  console.log(`  peak RSS        ${peakRss.toFixed(0)} MB  (${(peakRss - rssBefore).toFixed(0)} MB above the ${rssBefore.toFixed(0)} MB baseline)`);
  console.log(`naive readFile + JSON.parse, for scale`);
  console.log(`  file            ${smallMb.toFixed(0)} MB`);
  console.log(`  time            ${naiveSeconds.toFixed(2)} s  (${(smallMb / naiveSeconds).toFixed(0)} MB/s)`);
  console.log(`  RSS growth      ${(naivePeak - naiveRssBefore).toFixed(0)} MB  (${naivePerMb.toFixed(2)} MB per MB of file)`);
  console.log(`ratio             streaming grows RSS by ${streamPerMb.toFixed(3)} MB per MB of file, naive by ${naivePerMb.toFixed(2)} (${(naivePerMb / Math.max(streamPerMb, 1e-9)).toFixed(0)}× less)`);
  console.log(`process max RSS   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole run, incl. generation and the naive parse)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
