// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { messagesFor } from "../../lib/i18n";
import { SMALL_WEB_APP } from "../../lib/presets";
import { OpsFields } from "./assumption-fields.client";

afterEach(cleanup);

describe("the engineer-rate field names the band rates an empty field takes, for the chosen labour market (issue 21 item 1)", () => {
  it("us: the BLS-derived $62 / $90 / $150 (ops-effort.md F36–F37)", () => {
    render(<OpsFields state={{ ...SMALL_WEB_APP.state, labourMarket: "us" }} errors={{}} t={messagesFor("en")} onChange={() => {}} />);
    expect(screen.getByLabelText(/^Engineer rate \(USD\/hour; empty = \$62 \/ \$90 \/ \$150 by band\)$/).tagName).toBe("INPUT");
    expect(screen.queryByLabelText(/¥3,500/)).toBeNull();
  });

  it("jp (the Japanese page's suggestion): the MHLW/METI ¥3,500 / ¥5,000 / ¥8,000 (ops-effort.md F39–F41), in Japanese as 円", () => {
    render(<OpsFields state={{ ...SMALL_WEB_APP.state, labourMarket: "jp" }} errors={{}} t={messagesFor("ja")} onChange={() => {}} />);
    expect(
      screen.getByLabelText(/^エンジニア単価 \(USD\/時間、空欄 = 水準により 3,500 円 \/ 5,000 円 \/ 8,000 円、日本の労働市場\)$/).tagName,
    ).toBe("INPUT");
    expect(screen.queryByLabelText(/\$62/)).toBeNull();
  });
});
