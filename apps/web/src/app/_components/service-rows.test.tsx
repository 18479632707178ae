// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { messagesFor } from "../../lib/i18n";
import { NO_USAGE, type ServiceRow } from "../../lib/service-row";
import { ServiceRows } from "./service-rows.client";

afterEach(cleanup);

const row = (name: string, vcpu: string, memoryGib: string): ServiceRow => ({
  name,
  count: "2",
  vcpu,
  memoryGib,
  arch: "x86_64",
  os: "linux",
  scheduleKind: "hours",
  scheduleA: "730",
  scheduleB: "",
  ...NO_USAGE,
});
const rows = [row("web", "0.5", "1"), row("batch", "3", "8"), row("api", "2", "1")];
const noop = () => {};

// Issue 20 item 3: beside a row whose size is not a Fargate task size, the nearest valid sizes. The sizes are
// the ECS task-size table (S26): 2 vCPU takes 4–16 GB, 4 vCPU takes 8–30 GB; 2 vCPU with 1 GB → 4 GB, its minimum.
describe("per-row Fargate size hint", () => {
  it("English: 3 vCPU names the two neighbouring sizes; 2 vCPU / 1 GB names 4 GB; a valid row has no hint", () => {
    render(<ServiceRows rows={rows} errors={{}} t={messagesFor("en")} locale="en" onChange={noop} />);
    expect(screen.queryByTestId("fargate-hint-0")).toBeNull();
    expect(screen.getByTestId("fargate-hint-1").textContent).toBe(
      "3 vCPU is not a Fargate task size; nearest: 2 vCPU (4–16 GB) or 4 vCPU (8–30 GB). ECS on Fargate is left out for this size; the EC2 patterns still price it.",
    );
    expect(screen.getByTestId("fargate-hint-2").textContent).toMatch(
      /^1 GB is not valid with 2 vCPU on Fargate; nearest: 4 GB \(2 vCPU takes 4–16 GB\)\. /,
    );
  });

  it("Japanese: the same sizes in the page's language (AWS Japan: タスクサイズ, ～ for ranges)", () => {
    render(<ServiceRows rows={rows} errors={{}} t={messagesFor("ja")} locale="ja" onChange={noop} />);
    expect(screen.getByTestId("fargate-hint-1").textContent).toBe(
      "Fargate のタスクサイズに 3 vCPU はありません。近いサイズ: 2 vCPU (4～16 GB) または 4 vCPU (8～30 GB)。このサイズでは ECS on Fargate は対象外です。EC2 のパターンでは引き続き料金を計算します。",
    );
  });

  it("no hint while the text is not a number yet (the field shows its own error) or for a Windows row", () => {
    const pending = [row("a", "3x", "8"), { ...row("b", "3", "8"), os: "windows" }];
    render(<ServiceRows rows={pending} errors={{}} t={messagesFor("en")} locale="en" onChange={noop} />);
    expect(screen.queryByTestId("fargate-hint-0")).toBeNull();
    expect(screen.queryByTestId("fargate-hint-1")).toBeNull();
  });
});
