import { renderMessage } from "@repo/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseOrThrow } from "../price-list/priced-product";
import { toRefreshError } from "./classify-error";
import { RetriesExhausted } from "./retry";

const throttling = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
const caught = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as ReturnType<typeof toRefreshError>;
  }
  throw new Error("no error");
};

/** Price refresh errors were English strings; each is a code whose values a face words itself (issue 12 item 5). */
describe("price refresh errors are codes with parameters, the CLI line unchanged", () => {
  it("throttled after retries: the attempts are a parameter (a retried failure says how many times)", () => {
    const error = toRefreshError(new RetriesExhausted(throttling, 4), "AmazonECS us-east-1");
    expect(error.detail).toEqual({
      code: "ERR_SOURCE_THROTTLED_RETRIED",
      params: { what: "AmazonECS us-east-1", detail: "ThrottlingException: Rate exceeded", attempts: 4 },
    });
    expect(error.message).toBe(
      "[core] PRICE_SOURCE_THROTTLED: AmazonECS us-east-1: AWS kept throttling after 4 attempts (ThrottlingException: Rate exceeded); try again later",
    );
  });

  it("throttled once (no retry wrapper): the sentence without attempts, a code of its own", () => {
    const error = toRefreshError(throttling, "AmazonEC2 us-east-1");
    expect(error.detail.code).toBe("ERR_SOURCE_THROTTLED");
    expect(renderMessage(error.detail)).toBe(
      "AmazonEC2 us-east-1: AWS kept throttling (ThrottlingException: Rate exceeded); try again later",
    );
  });

  it("a price list element of the wrong shape nests zod's check (code + bound), naming where and the field", () => {
    const schema = z.object({ publicationDate: z.string().max(10) });
    const error = caught(() => parseOrThrow(schema, { publicationDate: "2026-11-01T00:00:00Z" }, "AmazonECS item 3"));
    expect(error.detail.code).toBe("ERR_PRICE_DATA_SHAPE");
    expect(error.detail.params).toMatchObject({ problem: "ERR_ZOD_TOO_BIG_CHARACTERS", maximum: "10", where: "AmazonECS item 3" });
    expect(error.message).toBe(
      "[core] MALFORMED_PRICE_DATA: AmazonECS item 3: Too big: expected string to have <=10 characters (field: publicationDate)",
    );
  });
});
