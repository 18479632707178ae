/**
 * Previous-generation EC2 instance families: the cheapest-fit search leaves them out unless
 * `ec2.selection.previousGeneration` is true (issue 22 item 5: no team would pick m1.small or m3.medium).
 *
 * The embedded catalog (shared/data/aws-pricing/derived/ec2_instance_specs.csv) carries no
 * `currentGeneration` attribute (only the one m5.large Price List entry in getproducts/ has it), so the
 * families come from AWS's list: the EC2 Instance Types guide, "Specifications for Amazon EC2 previous
 * generation instances" (https://docs.aws.amazon.com/ec2/latest/instancetypes/pg.html), whose instance-family
 * table names A1, C1, C3, C4, G3 (incl. G3s), I2, M1, M2, M3, M4, P3, P3dn, R3, R4 and T1. The catalog also
 * still lists three retired families that page no longer names (cr1, g2, p2; https://aws.amazon.com/ec2/previous-generation/
 * gives their upgrade paths): they are treated as previous generation too.
 * Approximation, said in the docs: "current generation" is AWS's classification, not "Nitro" — a few current
 * families (d2, h1, i3, x1, x1e, t2) run on Xen; they stay selectable (t2 is burstable, excluded by default anyway).
 * Worked example (golden compare-x86-vs-arm): 2 arm64 tasks of 0.5 vCPU / 1 GiB in us-east-1 used to pack onto one
 * a1.large ($0.051/h × 730 h = $37.23); by default they now get c6g.large ($0.068/h × 730 h = $49.64).
 */
export const PREVIOUS_GENERATION_FAMILIES: readonly string[] = [
  "a1",
  "c1",
  "c3",
  "c4",
  "cr1",
  "g2",
  "g3",
  "g3s",
  "i2",
  "m1",
  "m2",
  "m3",
  "m4",
  "p2",
  "p3",
  "p3dn",
  "r3",
  "r4",
  "t1",
];

/**
 * Whether an instance family (the part before the dot) is previous generation.
 * @example isPreviousGeneration("m3") //=> true
 * @example isPreviousGeneration("m5") //=> false
 */
export function isPreviousGeneration(family: string): boolean {
  return PREVIOUS_GENERATION_FAMILIES.includes(family);
}
