// @vitest-environment happy-dom
import { embeddedPriceBook, modelScenario, toAnalysisJson, toDecimalString } from "@repo/core";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { withNuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildView } from "../../lib/build-view";
import { SMALL_WEB_APP } from "../../lib/presets";
import { regionChoices } from "../../lib/region-choices";
import { toScenario } from "../../lib/to-scenario";
import { toInitialResult } from "../../lib/view-wire";
import { Calculator } from "./calculator.client";
import { ScenarioForm } from "./scenario-form.client";

const book = embeddedPriceBook();
const messages = (await import("../../lib/i18n")).messagesFor("en");

beforeEach(() => {
  // The browser fetches the region's price book; serve it from the embedded snapshot.
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const region = decodeURIComponent(String(url).split("/").pop() ?? "");
      return Response.json({ ...book.snapshot, rates: book.snapshot.rates.filter((rate) => rate.region === region) });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ScenarioForm", () => {
  it("shows an error beside its field, wired for screen readers (aria-invalid + aria-describedby)", () => {
    render(
      <ScenarioForm
        state={SMALL_WEB_APP.state}
        errors={{ "services[0].vcpu": '"abc" must be a number' }}
        t={messages}
        regions={["us-east-1"]}
        instanceTypes={[]}
        onChange={() => undefined}
      />,
    );
    const vcpu = screen.getByLabelText("vCPU (web)");
    expect(vcpu.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(vcpu.getAttribute("aria-describedby") ?? "")?.textContent).toBe('"abc" must be a number');
    expect(screen.getByLabelText("vCPU (api)").getAttribute("aria-invalid")).toBeNull();
  });

  it("Add service appends a row; Remove drops that row", () => {
    const onChange = vi.fn();
    render(
      <ScenarioForm state={SMALL_WEB_APP.state} errors={{}} t={messages} regions={["us-east-1"]} instanceTypes={[]} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Add service" }));
    expect(onChange.mock.calls[0]?.[0].services).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Remove web" }));
    expect(onChange.mock.calls[1]?.[0].services.map((row: { name: string }) => row.name)).toEqual(["api"]);
  });
});

describe("region picker (issue 14)", () => {
  const choices = regionChoices(book);
  const codes = choices.map((c) => c.code);

  it("lists every AWS region with its name and the snapshot's coverage (Tokyo complete, UAE none)", () => {
    render(
      <ScenarioForm
        state={SMALL_WEB_APP.state}
        errors={{}}
        t={messages}
        regions={codes}
        regionChoices={choices}
        locale="en"
        instanceTypes={[]}
        onChange={() => undefined}
      />,
    );
    const options = [...(screen.getByLabelText("Region") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toHaveLength(34);
    expect(options).toContain("ap-northeast-1 — Asia Pacific (Tokyo) · all rates");
    expect(options).toContain("us-west-2 — US West (Oregon) · some rates");
    expect(options).toContain("me-central-1 — Middle East (UAE) · no rates");
  });

  it("in Japanese, with AWS Japan's region names", async () => {
    const ja = (await import("../../lib/i18n")).messagesFor("ja");
    render(
      <ScenarioForm
        state={SMALL_WEB_APP.state}
        errors={{}}
        t={ja}
        regions={codes}
        regionChoices={choices}
        locale="ja"
        instanceTypes={[]}
        onChange={() => undefined}
      />,
    );
    const options = [...(screen.getByLabelText("リージョン") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toContain("ap-northeast-1 — アジアパシフィック (東京) · 全料金あり");
  });
});

describe("ops assumptions", () => {
  it("the per-activity hours grid opens on demand; a cell edit writes the override keyed by pattern id and activity", () => {
    const onChange = vi.fn();
    render(
      <ScenarioForm state={SMALL_WEB_APP.state} errors={{}} t={messages} regions={["us-east-1"]} instanceTypes={[]} onChange={onChange} />,
    );
    expect(screen.queryByLabelText("ECS on EC2: host-patching")).toBeNull();
    const details = document.querySelector("details.ops-hours") as HTMLDetailsElement;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event("toggle"));
    });
    const cell = screen.getByLabelText("ECS on EC2: host-patching");
    // placeholder = the research's typical first-cluster hours (ops-effort.md §3: ECS on EC2 host patching 3 h)
    expect(cell.getAttribute("placeholder")).toBe("3");
    fireEvent.change(cell, { target: { value: "6" } });
    // v3 URL value: the cell is named, not positioned, so a pattern added to the core cannot shift it
    expect(onChange).toHaveBeenLastCalledWith({ opsActivityHours: "ecs-ec2.host-patching:6" });
  });

  it("an error in a closed grid opens it, so the message is beside its field", () => {
    render(
      <ScenarioForm
        state={{ ...SMALL_WEB_APP.state, opsActivityHours: "ecs-fargate.add-on-lifecycle:-1" }}
        errors={{ "opsHours.ecs-fargate.add-on-lifecycle": "Too small" }}
        t={messages}
        regions={["us-east-1"]}
        instanceTypes={[]}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText("ECS on Fargate: add-on-lifecycle").getAttribute("aria-invalid")).toBe("true");
  });
});

describe("Calculator", () => {
  it("typing a task count recomputes in the browser (the core's number) and writes the URL", async () => {
    const urlUpdates: UrlUpdateEvent[] = [];
    render(
      <Calculator
        initial={toInitialResult(buildView(SMALL_WEB_APP.state, book))}
        regions={[...book.regions]}
        snapshot={{ id: book.id, asOf: book.asOf }}
      />,
      {
        wrapper: withNuqsTestingAdapter({ searchParams: "", onUrlUpdate: (event) => urlUpdates.push(event) }),
      },
    );
    const [web, api] = SMALL_WEB_APP.state.services;
    const expected = modelScenario(toScenario({ ...SMALL_WEB_APP.state, services: [{ ...web!, count: "7" }, api!] }).input, book, {
      scale: false,
    }).comparison;
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Tasks (web)"), { target: { value: "7" } });
    });
    await waitFor(
      () => {
        expect(screen.getAllByTestId("monthly-ecs-fargate")[0]?.getAttribute("data-exact-usd")).toBe(
          toDecimalString(expected.patterns[0]!.monthlyUsd!),
        );
      },
      { timeout: 30_000 },
    ); // the price book fetch + first in-browser run can take over 1 s on a loaded CI machine
    await waitFor(() => expect(urlUpdates.at(-1)?.queryString).toContain("s=web;7;0.5;1"), { timeout: 30_000 });
  });

  it("the server's first paint (fast model: totals, bill, pick — no break-even search) is completed in the browser without any change", async () => {
    const initial = toInitialResult(buildView(SMALL_WEB_APP.state, book)); // what page.tsx renders (issue 19 item 5: no break-even search on the server)
    expect(initial.view?.isComplete).toBe(false);
    render(<Calculator initial={initial} regions={[...book.regions]} snapshot={{ id: book.id, asOf: book.asOf }} />, {
      wrapper: withNuqsTestingAdapter({ searchParams: "" }),
    });
    const core = toAnalysisJson(modelScenario(toScenario(SMALL_WEB_APP.state).input, book));
    // first paint: the core's exact totals are there already, the break-even part says it is pending
    const fast = modelScenario(toScenario(SMALL_WEB_APP.state).input, book, { scale: false }).comparison;
    expect(screen.getAllByTestId("monthly-ecs-fargate")[0]?.getAttribute("data-exact-usd")).toBe(
      toDecimalString(fast.patterns[0]!.monthlyUsd!),
    );
    expect(screen.getByTestId("recommendation").getAttribute("data-pattern")).toBe(core.recommendation.pattern);
    expect(screen.queryAllByTestId("analysis-pending").length).toBeGreaterThan(0);
    // then the full model (the core's, run in the browser) fills "what would change it", word for word
    await waitFor(() => expect(screen.queryByTestId("analysis-pending")).toBeNull(), { timeout: 30_000 });
    expect([...screen.getByTestId("would-change").querySelectorAll("li")].map((li) => li.textContent)).toEqual(
      core.recommendation.wouldChange,
    );
  });

  it("after a change the fast view shows first (analysis pending), then the deferred break-even analysis fills in the core's recommendation", async () => {
    render(
      <Calculator
        initial={toInitialResult(buildView(SMALL_WEB_APP.state, book))}
        regions={[...book.regions]}
        snapshot={{ id: book.id, asOf: book.asOf }}
      />,
      {
        wrapper: withNuqsTestingAdapter({ searchParams: "" }),
      },
    );
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/^Engineer rate/), { target: { value: "150" } });
    });
    const state = { ...SMALL_WEB_APP.state, opsRateUsdPerHour: "150" };
    const core = toAnalysisJson(modelScenario(toScenario(state).input, book));
    await waitFor(
      () => expect(screen.getByTestId("tco-ecs-fargate").getAttribute("data-exact-usd")).toBe(core.tco.patterns[0]?.monthlyUsd?.typical),
      { timeout: 30_000 },
    );
    await waitFor(() => expect(screen.queryByTestId("analysis-pending")).toBeNull(), { timeout: 30_000 });
    expect(screen.getByTestId("recommendation").getAttribute("data-pattern")).toBe(core.recommendation.pattern);
    expect([...screen.getByTestId("would-change").querySelectorAll("li")].map((li) => li.textContent)).toEqual(
      core.recommendation.wouldChange,
    );
  });
});
