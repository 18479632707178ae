// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { messagesFor } from "../../lib/i18n";
import { FxNote } from "./fx-note";
import { Money } from "./money";

afterEach(cleanup);

describe("yen in Japanese by default, at a dated and sourced rate the user can change", () => {
  it("Japanese without a rate: yen beside USD at the core's default, ¥148.54/$ of 2024-02-02 (Federal Reserve H.10)", () => {
    render(
      <>
        <FxNote jpyPerUsd="" locale="ja" t={messagesFor("ja")} />
        <Money usd="100" locale="ja" jpyPerUsd="" testId="m" />
      </>,
    );
    expect(screen.getByTestId("fx-note").textContent).toContain("¥148.54/$ (2024-02-02, Federal Reserve H.10");
    expect(screen.getByTestId("fx-note").textContent).toContain("1 USD あたりの円");
    // 100 × 148.54 = 14,854 yen exactly
    expect(screen.getByTestId("m").textContent).toBe("$100.00 (約 ¥14,854)");
  });

  it("the user's rate replaces the default and is named as theirs (100 × 150 = ¥15,000)", () => {
    render(
      <>
        <FxNote jpyPerUsd="150" locale="ja" t={messagesFor("ja")} />
        <Money usd="100" locale="ja" jpyPerUsd="150" testId="m" />
      </>,
    );
    expect(screen.getByTestId("fx-note").textContent).toContain("¥150/$ (入力したレート)");
    expect(screen.getByTestId("m").textContent).toBe("$100.00 (約 ¥15,000)");
  });

  it("English without a rate: USD only, no note", () => {
    render(
      <>
        <FxNote jpyPerUsd="" locale="en" t={messagesFor("en")} />
        <Money usd="100" locale="en" jpyPerUsd="" testId="m" />
      </>,
    );
    expect(screen.queryByTestId("fx-note")).toBeNull();
    expect(screen.getByTestId("m").textContent).toBe("$100.00");
  });
});
