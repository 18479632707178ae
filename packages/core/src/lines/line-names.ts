import type { FargatePlatform } from "../price-book/usage-keys";
import type { Message, MessageParams } from "../messages/message";

/**
 * Helpers for line names as codes (messages/en/lines.ts): a sub-label (a node group, a purchase option,
 * a platform) is a code held in one parameter, its own parameters beside it, so every face renders the
 * whole name in its language with the same `{name:message}` rule.
 */

/** A nested code as parameters. @example nested("group", message("GROUP_PLATFORM", { os: "linux", architecture: "arm64" })) //=> { os: "linux", architecture: "arm64", group: "GROUP_PLATFORM" } */
export function nested(key: string, inner: Message): MessageParams {
  return { ...inner.params, [key]: inner.code };
}

/** The PLATFORM_* code of a Fargate platform. @example platformCode("linux-arm") //=> "PLATFORM_LINUX_ARM" */
export function platformCode(platform: FargatePlatform): string {
  return { "linux-x86": "PLATFORM_LINUX_X86", "linux-arm": "PLATFORM_LINUX_ARM", "windows-x86": "PLATFORM_WINDOWS_X86" }[platform];
}
