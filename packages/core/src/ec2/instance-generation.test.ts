import { describe, expect, it } from "vitest";
import { InstanceSelectionSchema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { isSelectable } from "./instance-filter";
import { isPreviousGeneration, PREVIOUS_GENERATION_FAMILIES } from "./instance-generation";

const book = embeddedPriceBook();
const spec = (type: string) => {
  const found = book.instance(type);
  if (!found) throw new Error(type);
  return found;
};
const selection = (input: object) => InstanceSelectionSchema.parse(input);

describe("current generation by default (AWS's previous-generation list, docs.aws.amazon.com/ec2/latest/instancetypes/pg.html)", () => {
  it.each(["m1.small", "m3.medium", "c4.large", "r4.large", "m4.large"])("%s is left out of the default search", (type) => {
    expect(isSelectable(spec(type), "x86_64", selection({}))).toBe(false);
  });

  it("a1 (the first Graviton) is previous generation on arm64 too; m6g is not", () => {
    expect(isSelectable(spec("a1.large"), "arm64", selection({}))).toBe(false);
    expect(isSelectable(spec("m6g.large"), "arm64", selection({}))).toBe(true);
  });

  it("previousGeneration: true searches them; a family named in families is searched regardless", () => {
    expect(isSelectable(spec("m3.medium"), "x86_64", selection({ previousGeneration: true }))).toBe(true);
    expect(isSelectable(spec("m4.large"), "x86_64", selection({ families: ["m4"] }))).toBe(true);
  });

  it("current families are not on the list (m5, c5, r5, m6i, i3 stay selectable)", () => {
    for (const family of ["m5", "c5", "r5", "m6i", "i3", "t3"]) expect(isPreviousGeneration(family)).toBe(false);
  });

  it("every listed family exists in the embedded catalog (the list names real families, no typo)", () => {
    const families = new Set(book.instanceTypes.map((s) => s.instanceType.split(".")[0]));
    expect(PREVIOUS_GENERATION_FAMILIES.filter((f) => !families.has(f))).toEqual([]);
  });
});
